// The rest of the site's addresses (src/lib/paths.ts), beside paths.test.ts: the class files, the tools,
// the kiosk setup, the app icons and the pictures made at build. Printed sheets and QR codes point at them.
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';

describe('more of the site’s addresses', () => {
  it('a lesson’s own deck, plan and PowerPoint, and the class answer cards', () => {
    expect(paths.classDeck('gas', 'junior')).toBe('/class/gas/junior/');
    expect(paths.classPlan('gas', 'junior')).toBe('/class/gas/junior/plan/');
    expect(paths.classPptx('gas', 'junior')).toBe('/class/gas/junior.pptx');
    expect(paths.classCards()).toBe('/class/cards/');
  });

  it('the family tools, the report guide at one situation, and the consultation desk’s questions', () => {
    expect(paths.letter()).toBe('/tools/letter/');
    expect(paths.tool('letter')).toBe('/tools/letter/');
    expect(paths.tool('escape-plan')).toBe(paths.escapePlan());
    expect(paths.report()).toBe('/tools/report/');
    expect(paths.report('gas')).toBe('/tools/report/#gas');
    expect(paths.askQuestions()).toBe('/search/ask.json');
  });

  it('the kiosk setup, the app manifest and icons, and the pictures drawn at build', () => {
    expect(paths.kioskSetup()).toBe('/kiosk/setup/');
    expect(paths.manifest()).toBe('/manifest.webmanifest');
    expect(paths.icon('icon-192')).toBe('/icons/icon-192.png');
    expect(paths.sharePicture('/topics/gas/')).toBe('/share/topics/gas.png');
    expect(paths.sharePicture('/')).toBe('/share/home.png');
    expect(paths.printPicture('poster', 'gas')).toBe('/pictures/poster/gas.png');
    expect(paths.printPicture('handout', 'gas')).toBe('/pictures/handout/gas.png');
  });
});
