// The article HTML allow-list and the block repair that follows it.
import { describe, it, expect } from 'vitest';
import { sanitiseArticleHtml } from '../../../main/core/import';

describe('sanitiseArticleHtml', () => {
  it('maps b/i to strong/em and h4-h6 to h3, and drops presentational wrappers', () => {
    expect(sanitiseArticleHtml('<h4>a</h4><h6>b</h6><p><b>c</b> <i>d</i> <u>e</u> <span style="x">f</span> <font color=red>g</font></p>')).toBe(
      '<h3>a</h3><h3>b</h3><p><strong>c</strong> <em>d</em> e f g</p>',
    );
  });

  it('turns containers into paragraphs and never nests blocks in paragraphs', () => {
    expect(sanitiseArticleHtml('<div>one</div><div>two<div>three</div></div>')).toBe('<p>one</p><p>two</p><p>three</p>');
    expect(sanitiseArticleHtml('<p>a<p>b</p></p>')).toBe('<p>a</p><p>b</p>');
    expect(sanitiseArticleHtml('<p>x<ul><li>y</li></ul>z</p>')).toBe('<p>x</p><ul><li>y</li></ul><p>z</p>');
    expect(sanitiseArticleHtml('<table><tr><td>c1</td><td>c2</td></tr></table>')).toBe('<p>c1</p><p>c2</p>');
  });

  it('wraps loose text and stray list items, and splits paragraphs on <br> between blocks', () => {
    expect(sanitiseArticleHtml('loose <b>text</b><br>more')).toBe('<p>loose <strong>text</strong><br>more</p>');
    expect(sanitiseArticleHtml('<li>orphan</li>after')).toBe('<ul><li>orphan</li></ul><p>after</p>');
    expect(sanitiseArticleHtml('<p>a</p><br><br>b')).toBe('<p>a</p><p>b</p>');
  });

  it('keeps nested lists and list paragraphs, drops layout whitespace and empty blocks', () => {
    expect(sanitiseArticleHtml('<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>')).toBe('<ul><li>a\n<ul><li>b</li></ul></li></ul>');
    expect(sanitiseArticleHtml('<p> </p><p>&nbsp;</p><p><br></p><h2></h2><strong></strong><p>x</p>')).toBe('<p>x</p>');
  });

  it('keeps only http(s) and mailto links, without any other attribute', () => {
    const out = sanitiseArticleHtml(
      '<a href="https://a.example/x?y=1&amp;z=2" title="t" rel="x" target="_blank">a</a> <a href="/relative">b</a> ' +
        '<a href="//proto.example">c</a> <a href="  javascript:alert(1)">d</a> <a href="vbscript:x">e</a> ' +
        '<a href="data:text/html;base64,PHNjcmlwdD4=">f</a> <a href="mailto:x@y.id">g</a> <a href="ftp://h">h</a>',
    );
    expect(out).toBe('<p><a href="https://a.example/x?y=1&amp;z=2">a</a> b c d e f <a href="mailto:x@y.id">g</a> h</p>');
  });

  it('removes active and embedded content together with its text', () => {
    const out = sanitiseArticleHtml(
      '<p>a<script>evil()</script><style>p{}</style><noscript>ns</noscript><iframe src="https://x"></iframe>' +
        '<object data="x">obj</object><embed src="y"><svg onload="z()"><text>s</text></svg><template>t</template>' +
        '<img src="x" onerror="alert(1)"><video src="v">vid</video><button onclick="b()">btn</button>b</p>',
    );
    expect(out).toBe('<p>ab</p>');
  });

  it('keeps entities escaped so text never turns into markup', () => {
    expect(sanitiseArticleHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “kutipan”</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “kutipan”</p>',
    );
  });
});
