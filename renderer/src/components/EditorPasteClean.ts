// Pasted HTML is cleaned in an inert document before ProseMirror sees it: ProseMirror parses clipboard HTML
// in a detached document where an <img onerror> still fires (CSP blocks it, but nothing should even try).
const DROP = 'script,style,link,meta,base,iframe,frame,object,embed,img,picture,source,video,audio,track,svg,math,canvas,form,input,button,textarea,select,option,template,noscript';
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function cleanPastedHtml(html: string): string {
  // DOMParser documents never run scripts, load resources or fire handlers.
  const doc = new DOMParser().parseFromString(html, 'text/html');
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
