/**
 * Hostile strings for every path where outside text reaches the screen (shared templates,
 * imported plans, file names). Each payload that could run script sets `window.__xss`;
 * `visible` is the part that must show up as literal text.
 */
export const PAYLOADS: Array<{ text: string; visible: string }> = [
  { text: '<img src=x onerror="window.__xss=1">', visible: '<img src=x onerror="window.__xss=1">' },
  { text: '<script>window.__xss=2</script>', visible: '<script>window.__xss=2</script>' },
  { text: '[tap me](javascript:window.__xss=3)', visible: '[tap me](javascript:window.__xss=3)' },
  { text: '"><svg onload="window.__xss=4">', visible: '"><svg onload="window.__xss=4">' },
  {
    text: '&lt;img src=x onerror=window.__xss=5&gt;',
    visible: '&lt;img src=x onerror=window.__xss=5&gt;',
  },
  {
    text: '&#60;script&#62;window.__xss=6&#60;/script&#62;',
    visible: '&#60;script&#62;window.__xss=6&#60;/script&#62;',
  },
  { text: 'file\u202Egnp.exe\u202C <b>bold</b>', visible: 'file\u202Egnp.exe\u202C <b>bold</b>' },
  {
    text: '*<iframe src="javascript:window.__xss=7">*',
    visible: '<iframe src="javascript:window.__xss=7">',
  },
  {
    text: '- <a href="javascript:window.__xss=8">x</a>\n- two',
    visible: '<a href="javascript:window.__xss=8">x</a>',
  },
  {
    text: '[x](https://example.org/"><img src=x onerror=window.__xss=9>)',
    visible: '<img src=x onerror=window.__xss=9>',
  },
  {
    text: '<details open ontoggle="window.__xss=10">',
    visible: '<details open ontoggle="window.__xss=10">',
  },
  { text: '<style>#root{display:none}</style>', visible: '<style>#root{display:none}</style>' },
  {
    text: '[x](data:text/html,<script>window.__xss=11</script>)',
    visible: '[x](data:text/html,<script>window.__xss=11</script>)',
  },
  {
    text: '<svg><animate onbegin="window.__xss=12" attributeName=x dur=1s>',
    visible: '<animate onbegin="window.__xss=12"',
  },
  { text: 'javascript:alert(1)//<!--', visible: 'javascript:alert(1)//<!--' },
];

/** A test title without raw control characters (the bidi payload would garble reports). */
export const printable = (text: string) =>
  JSON.stringify(text)
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .slice(0, 60);

/** Names of picked files: shown by the browser's file control, never parsed as HTML. */
export const HOSTILE_FILE_NAMES = {
  backup: '"><img src=x onerror=window.__xss=21>.pathway',
  text: '<svg onload=window.__xss=22><script>window.__xss=23</script>.txt',
} as const;
