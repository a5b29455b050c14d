/**
 * Why a template link could not be read. Each has a stable `code` (the UI picks its own
 * translated sentence by code) and a calm English message as a fallback.
 */

/** The stable reasons a template link is refused. */
export type LinkErrorCode = 'not-a-template-link' | 'too-large' | 'damaged';

const MESSAGES: Record<LinkErrorCode, string> = {
  'not-a-template-link': 'This link does not hold a Pathway plan template.',
  'too-large': 'This link holds more than any plan template needs, so it was not opened.',
  damaged: 'This link is damaged or incomplete. Ask for the link again, or use the file.',
};

/** A template link that was refused, with the reason in `code`. */
export class LinkError extends Error {
  override name = 'LinkError';
  readonly code: LinkErrorCode;

  constructor(code: LinkErrorCode, message = MESSAGES[code]) {
    super(message);
    this.code = code;
  }
}
