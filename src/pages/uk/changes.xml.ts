import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content/edition.ts';
import { changesFeed } from '../../lib/sharing/changes-feed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(changesFeed(getEdition(), 'uk', site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
