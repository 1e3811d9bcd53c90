// Every page's address (src/lib/paths.ts). The routes are stable (DESIGN.md): links in printed posters,
// QR codes and other sites point at them, so each one is written down here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, href, paths, routes } from '../../src/lib/paths.ts';

afterEach(() => vi.unstubAllEnvs());

describe('the site’s addresses', () => {
  it('keep the addresses the design gives them', () => {
    expect([
      paths.home(),
      paths.topics(),
      paths.topic('gas'),
      paths.signs(),
      paths.sign('safety-exit'),
      paths.cases(),
      paths.case('shiyan'),
      paths.quiz(),
      paths.quizTopic('gas'),
      paths.quizBank(),
      paths.search(),
      paths.about(),
      paths.scene('hall'),
      paths.classHub(),
      paths.checklist(),
      paths.escapePlan(),
      paths.ask(),
      paths.askQuestion('stairs-blocked'),
      paths.poster('gas'),
      paths.classDeck('gas'),
      paths.handout('gas'),
      paths.classPlan('gas'),
      paths.kiosk(),
      paths.pagefind(),
      paths.filtersCss(),
      paths.favicon(),
      paths.sitemap(),
    ]).toEqual([
      '/',
      '/topics/',
      '/topics/gas/',
      '/signs/',
      '/signs/safety-exit/',
      '/cases/',
      '/cases/shiyan/',
      '/quiz/',
      '/quiz/gas/',
      '/quiz/bank/',
      '/search/',
      '/about/',
      '/scenes/hall/',
      '/class/',
      '/tools/checklist/',
      '/tools/escape-plan/',
      '/ask/',
      '/ask/stairs-blocked/',
      '/posters/gas/',
      '/class/gas/',
      '/class/gas/handout/',
      '/class/gas/plan/',
      '/kiosk/',
      '/pagefind/pagefind.js',
      '/filters.css',
      '/favicon.svg',
      '/sitemap.xml',
    ]);
  });

  it('a topic section is a fragment of the topic page', () => {
    expect(paths.topic('gas', 'leak')).toBe('/topics/gas/#leak');
  });

  it('a quiz link carries only the options it is given, in order, as written', () => {
    expect(paths.quiz({ mode: 'challenge', topic: 'gas', seed: '三年二班' })).toBe('/quiz/?mode=challenge&topic=gas&seed=三年二班');
    expect(paths.quiz({ topic: 'gas' })).toBe('/quiz/?topic=gas');
    expect(paths.quiz({})).toBe('/quiz/');
  });

  it('a search link carries the query, encoded', () => {
    expect(paths.search('煤气 味&')).toBe(`/search/?q=${encodeURIComponent('煤气 味&')}`);
    expect(paths.search('')).toBe('/search/');
  });

  it('a kiosk link carries its topics and its slide time', () => {
    expect(paths.kiosk(['gas', 'ebike'], 20)).toBe('/kiosk/?topics=gas,ebike&interval=20');
    expect(paths.kiosk(undefined, 20)).toBe('/kiosk/?interval=20');
    expect(paths.kiosk(['gas'])).toBe('/kiosk/?topics=gas');
  });
});

describe('links on a built page', () => {
  it('are the addresses behind the base path', () => {
    vi.stubEnv('BASE_URL', '/anquan/');
    expect(href('/topics/gas/')).toBe('/anquan/topics/gas/');
    expect(routes.topic('gas', 'leak')).toBe('/anquan/topics/gas/#leak');
    expect(routes.home()).toBe('/anquan/');
    expect(routes.kiosk(['gas'], 30)).toBe('/anquan/kiosk/?topics=gas&interval=30');
  });

  it('are the addresses themselves at the site root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(href('/topics/gas/')).toBe('/topics/gas/');
    expect(routes.search('燃气')).toBe(paths.search('燃气'));
  });

  it('must start from the site root', () => {
    expect(() => href('topics/gas/')).toThrow(/site root, got "topics\/gas\/"/);
  });
});

describe('absolute addresses for QR codes and shared links', () => {
  it('join the site’s address, the base path and the page', () => {
    vi.stubEnv('SITE', 'https://anquan.example.cn');
    vi.stubEnv('BASE_URL', '/anquan/');
    expect(absoluteUrl(paths.topic('gas'))).toBe('https://anquan.example.cn/anquan/topics/gas/');
  });
});
