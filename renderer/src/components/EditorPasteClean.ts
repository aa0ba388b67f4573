// Pasted HTML is cleaned before ProseMirror parses it. Chromium reports (and CSP blocks) an inline handler such
// as <img onerror> the moment any document parses it — even DOMParser's inert one — so handler attributes are
// cut from the markup first, then an inert document drops everything the article allow-list would not keep.
const DROP =
  'script,style,link,meta,base,iframe,frame,object,embed,img,picture,source,video,audio,track,svg,math,canvas,form,input,button,textarea,select,option,template,noscript';
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
/** A start tag with its attributes (quoted values may contain ">"). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:[\s/]+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*[\s/]*>/g;
/** The HTML parser also accepts "/" between attributes (<svg/onload=…>). */
const HANDLER_ATTR = /[\s/]+on[^\s=/>]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi;

export function stripHandlers(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(HANDLER_ATTR, ''));
}

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(stripHandlers(html), 'text/html');
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  doc.body.querySelectorAll('*').forEach((el) => {
    for (const name of el.getAttributeNames()) {
      // data-pm-slice: ProseMirror's own marker when copying within the editor (keeps the slice's depth).
      const keep =
        name === 'data-pm-slice' ||
        (name === 'href' && el.localName === 'a' && SAFE_HREF.test((el.getAttribute('href') ?? '').trim()));
      if (!keep) el.removeAttribute(name);
    }
  });
  return doc.body.innerHTML;
}
