import type { APIRoute } from 'astro';
import { comparisonCsv } from '../lib/sharing/comparison-export.ts';
import { getEdition } from '../lib/content/edition.ts';

export const GET: APIRoute = () =>
  new Response(comparisonCsv(getEdition()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
