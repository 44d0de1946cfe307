import type { APIRoute } from 'astro';
import { dataExport } from '../lib/sharing/data-export.ts';
import { getEdition } from '../lib/content/edition.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(dataExport(getEdition()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
