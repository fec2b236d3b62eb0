import fs from 'node:fs';
import { create } from 'fontkit';
import { woffToSfnt } from './src/fonts/woff.ts';
const f: any = create(woffToSfnt(new Uint8Array(fs.readFileSync('../../node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-400-normal.woff'))));
for (const ch of ['□','〓','■','○','×','？','?','〇']) console.log(ch, f.hasGlyphForCodePoint(ch.codePointAt(0)));
const g = f.glyphForCodePoint(0x20000); console.log(g.id, g.advanceWidth, g.path.commands.length);
