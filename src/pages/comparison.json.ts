import type { APIRoute } from 'astro';
import { comparisonJson } from '../lib/sharing/comparison-export.ts';
import { getEdition } from '../lib/content/edition.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(comparisonJson(getEdition()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
