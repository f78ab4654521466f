import { describe, expect, it } from 'vitest';
import { buildOembed, oembedFileText, oembedFrame } from '../../src/lib/embed/oembed';

describe('oEmbed', () => {
  it('describes the page as a rich embed with a plain iframe', () => {
    const response = buildOembed({
      siteName: 'Site',
      siteUrl: 'https://site.example',
      title: 'A "quoted" title',
      embedPath: '/embed/guidance/a/',
      height: 900,
    });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Site',
      provider_url: 'https://site.example/',
      width: 640,
      height: 900,
      title: 'A "quoted" title',
    });
    expect(response.html).toBe(
      '<iframe src="https://site.example/embed/guidance/a/" title="A &quot;quoted&quot; title" width="640" height="900" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });

  it('gives an assessment as a card, which works without scripts, and an article as itself', () => {
    expect(oembedFrame('assessments', 'messaging-risk', 900)).toEqual({
      embedPath: '/embed/card/assessments/messaging-risk/',
      height: 240,
    });
    expect(oembedFrame('guidance', 'when-staff-leave', 900)).toEqual({
      embedPath: '/embed/guidance/when-staff-leave/',
      height: 900,
    });
  });

  it("writes a page's oEmbed file as one line of JSON, the frame chosen by its section", () => {
    const provider = { name: 'Site', url: 'https://site.example/hub/', articleHeight: 900 };
    expect(oembedFileText('assessments', 'messaging-risk', 'Risk', provider)).toBe(
      '{"version":"1.0","type":"rich","title":"Risk","provider_name":"Site","provider_url":"https://site.example/hub/",' +
        '"html":"<iframe src=\\"https://site.example/hub/embed/card/assessments/messaging-risk/\\" title=\\"Risk\\" width=\\"640\\" height=\\"240\\" style=\\"border:0;width:100%\\" loading=\\"lazy\\"></iframe>",' +
        '"width":640,"height":240,"cache_age":86400}',
    );
  });
});
