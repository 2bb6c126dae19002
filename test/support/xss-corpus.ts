// Known cross-site-scripting payloads, written so that each one, if it ever runs, sets the
// global flag `__xss` (on window or top) or opens a dialog. Specs store them wherever the
// learner can type or import text and assert that neither ever happens.

/** The global each payload sets when it runs. */
export const XSS_FLAG = '__xss'

/** One payload and the trick it relies on. */
export interface XssPayload {
  name: string
  payload: string
}

const p = (name: string, payload: string): XssPayload => ({ name, payload })

/** At least fifty distinct payloads: HTML, attributes, URLs, SVG/MathML, Markdown, CSS, templates, obfuscation. */
export const XSS_CORPUS: XssPayload[] = [
  // Plain and broken-out script tags.
  p('script tag', '<script>window.__xss=1</script>'),
  p('script tag, upper case', '<SCRIPT>window.__xss=1</SCRIPT>'),
  p('script with src data URL', '<script src="data:text/javascript,window.__xss=1"></script>'),
  p('script breaking out of an attribute', '"><script>top.__xss=1</script>'),
  p('script breaking out of a textarea', '</textarea><script>top.__xss=1</script>'),
  p('script breaking out of a title', '</title><script>top.__xss=1</script>'),
  p('script with a nested decoy', '<scr<script>ipt>top.__xss=1</scr</script>ipt>'),
  p('script with a slash attribute', '<script/x>top.__xss=1</script>'),
  p('script as a JS string break', "';top.__xss=1;//"),
  p('script inside an HTML comment trick', '<!--<script>-->top.__xss=1<!--</script>-->'),
  // Event handler attributes.
  p('img onerror', '<img src=x onerror="window.__xss=1">'),
  p('img onerror, no quotes', '<img src=x onerror=top.__xss=1>'),
  p('img onerror, slash separators', '<img/src=x/onerror=top.__xss=1>'),
  p('img onerror with alert', '<img src=x onerror=alert(1)>'),
  p('img onerror with confirm', '<img src=x onerror=confirm(1)>'),
  p('img onerror with prompt', '<img src=x onerror=prompt(1)>'),
  p('svg onload', '<svg onload="top.__xss=1"></svg>'),
  p('svg onload, self-closing', '<svg/onload=top.__xss=1>'),
  p('body onload', '<body onload="top.__xss=1">'),
  p('details ontoggle', '<details open ontoggle="top.__xss=1"><summary>x</summary></details>'),
  p('input autofocus onfocus', '<input autofocus onfocus="top.__xss=1">'),
  p('video source onerror', '<video><source onerror="top.__xss=1"></video>'),
  p('audio onerror', '<audio src=x onerror="top.__xss=1"></audio>'),
  p('marquee onstart', '<marquee onstart="top.__xss=1">x</marquee>'),
  p('div onmouseover', '<div onmouseover="top.__xss=1">hover</div>'),
  p('button onclick', '<button onclick="top.__xss=1">click</button>'),
  p('style onload', '<style onload="top.__xss=1"></style>'),
  p('object onerror', '<object data="x" onerror="top.__xss=1"></object>'),
  p('select onfocus autofocus', '<select autofocus onfocus="top.__xss=1"></select>'),
  // URLs.
  p('javascript: link', '<a href="javascript:top.__xss=1">link</a>'),
  p('javascript: link, mixed case', '<a href="JaVaScRiPt:top.__xss=1">link</a>'),
  p('javascript: link, tab inside', '<a href="java\tscript:top.__xss=1">link</a>'),
  p(
    'javascript: link, entity encoded',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;top.__xss=1">link</a>',
  ),
  p('javascript: link, hex entities', '<a href="&#x6A;avascript&#x3A;top.__xss=1">link</a>'),
  p('javascript: link, leading space', '<a href=" javascript:top.__xss=1">link</a>'),
  p('data: URL link with HTML', '<a href="data:text/html,<script>top.__xss=1</script>">link</a>'),
  p('iframe javascript: src', '<iframe src="javascript:top.__xss=1"></iframe>'),
  p('iframe srcdoc', '<iframe srcdoc="<script>top.__xss=1</script>"></iframe>'),
  p('iframe srcdoc, entity encoded', '<iframe srcdoc="&lt;img src=x onerror=top.__xss=1&gt;"></iframe>'),
  p('embed data: URL', '<embed src="data:text/html,<script>top.__xss=1</script>">'),
  p('form action javascript:', '<form action="javascript:top.__xss=1"><button>go</button></form>'),
  p('button formaction', '<form><button formaction="javascript:top.__xss=1">go</button></form>'),
  p('meta refresh to javascript:', '<meta http-equiv="refresh" content="0;url=javascript:top.__xss=1">'),
  p('base href hijack', '<base href="javascript:top.__xss=1//">'),
  // SVG and MathML.
  p('svg script', '<svg><script>top.__xss=1</script></svg>'),
  p(
    'svg animate href',
    '<svg><a><animate attributeName="href" values="javascript:top.__xss=1"/><text y="20">x</text></a></svg>',
  ),
  p('svg set onbegin', '<svg><set attributeName="x" onbegin="top.__xss=1"/></svg>'),
  p('mathml link', '<math><mtext><a href="javascript:top.__xss=1">x</a></mtext></math>'),
  p('svg foreignObject', '<svg><foreignObject><img src=x onerror="top.__xss=1"></foreignObject></svg>'),
  // Markdown tricks (notes are Markdown).
  p('markdown link with javascript:', '[click me](javascript:top.__xss=1)'),
  p('markdown link, encoded colon', '[click me](javascript&#58;top.__xss=1)'),
  p('markdown image onerror break-out', '![x" onerror="top.__xss=1](x)'),
  p('markdown image with javascript: src', '![x](javascript:top.__xss=1)'),
  p('markdown autolink javascript:', '<javascript:top.__xss=1>'),
  p('markdown reference link', '[a][b]\n\n[b]: javascript:top.__xss=1'),
  p('markdown raw HTML block', '<div>\n\n<img src=x onerror=top.__xss=1>\n\n</div>'),
  p('markdown code span around html', '`x` <img src=x onerror=top.__xss=1> `y`'),
  // CSS.
  p('CSS expression (old IE)', '<div style="width: expression(top.__xss=1)">x</div>'),
  p('CSS url javascript:', '<div style="background:url(javascript:top.__xss=1)">x</div>'),
  p('style tag with import', '<style>@import "javascript:top.__xss=1";</style>'),
  p('link stylesheet data:', '<link rel="stylesheet" href="data:text/css,*{}">'),
  // Templates and frameworks.
  p('template literal injection', '${top.__xss=1}'),
  p('mustache/angular template', '{{constructor.constructor("top.__xss=1")()}}'),
  p('vue-style template', '{{_c.constructor("top.__xss=1")()}}'),
  p('JSON string break', '","__proto__":{"polluted":1},"x":"'),
  // Unicode and encoding obfuscation.
  p('JS unicode escapes as text', '\\u003cimg src=x onerror=top.__xss=1\\u003e'),
  p('fullwidth angle brackets', '＜script＞top.__xss=1＜/script＞'),
  p('entity-encoded tag', '&lt;img src=x onerror=top.__xss=1&gt;'),
  p('null byte in tag', '<scr\u0000ipt>top.__xss=1</scr\u0000ipt>'),
  p('right-to-left override around handler', '<img src=x \u202eonerror=top.__xss=1>'),
  p('zero-width joiner in javascript:', '<a href="java\u200dscript:top.__xss=1">x</a>'),
  p('noscript parsing confusion', '<noscript><p title="</noscript><img src=x onerror=top.__xss=1>">'),
  p('mutation XSS via svg style', '<svg></p><style><a id="</style><img src=1 onerror=top.__xss=1>">'),
]

/** Payloads usable as a file or folder name (no path separator or NUL), for channels that show paths. */
export const PATH_SAFE_XSS = XSS_CORPUS.filter(
  ({ payload }) => !/[/\\]/.test(payload) && !payload.includes('\u0000') && payload.length < 120,
)
