// The normalised form of an event-channel answer, shared by the JSON and XML decoders.
// An event batch decodes to a resource with rel `events`, `href` = its self link, `links` = next/resume/resync, and
// `properties.sender` = an array of senders in server order, each `{rel, href, events: NormalisedEvent[]}`.
// Senders stay data (not `embedded`) because they are not resources: they have no properties or links of their own.
import type { UcwaResource } from './model.js';

export interface NormalisedEventLink {
  rel: string;
  href: string;
  title?: string;
}

export interface NormalisedEvent {
  /** added | updated | deleted | started | completed (the JSON `type`, the XML element name). */
  type: string;
  link: NormalisedEventLink;
  in?: NormalisedEventLink | { rel: string; href?: string };
  status?: string;
  reason?: Record<string, unknown>;
  /** The target resource when the server embedded it, keyed by the link rel (as JSON's `_embedded`). */
  embedded?: Record<string, UcwaResource>;
}

export interface NormalisedSender {
  rel: string;
  href?: string;
  events: NormalisedEvent[];
}

export const EVENTS_REL = 'events';
