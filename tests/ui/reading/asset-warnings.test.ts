import { describe, expect, it } from 'vitest';
import { createWarnOnce, warnRefusedFiles } from '../../../src/ui/reading/asset-warnings';

function recorder() {
  const said: string[] = [];
  return { said, warn: createWarnOnce((m) => said.push(m)) };
}

describe('files a story names but the page cannot use', () => {
  it('are warned about once per path, however often the story names them', () => {
    const { said, warn } = recorder();
    warnRefusedFiles(['IMAGE: ../outside.png', 'CLASS: quiet'], warn);
    warnRefusedFiles(['IMAGE: ../outside.png'], warn);
    expect(said).toEqual([
      expect.stringMatching(/^The story's tag '# IMAGE: \.\.\/outside\.png' was refused \(.*leaves the story's folder\); the story plays on/),
    ]);
  });

  it('cover IMAGE, BACKGROUND and AUDIO paths that leave the folder or are URLs', () => {
    const { said, warn } = recorder();
    warnRefusedFiles(['BACKGROUND: javascript:alert(1)', 'AUDIO: /etc/sound.mp3', 'AUDIOLOOP: https://x.test/loop.ogg', 'IMAGE: art/ok.png'], warn);
    expect(said.map((m) => /tag '(.*)' was refused/.exec(m)?.[1])).toEqual([
      '# BACKGROUND: javascript:alert(1)',
      '# AUDIO: /etc/sound.mp3',
      '# AUDIOLOOP: https://x.test/loop.ogg',
    ]);
  });

  it('leave alone tags that name no file: backdrop and cue names, an author’s own tags', () => {
    const { said, warn } = recorder();
    warnRefusedFiles(['BACKGROUND: sunset', 'BACKGROUND: url(javascript:alert(1))', 'AUDIO: knock', 'colour: red'], warn);
    expect(said).toEqual([]);
  });
});
