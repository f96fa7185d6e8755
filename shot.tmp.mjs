import { chromium } from '@playwright/test';
const [,, url, out, width='1280', height='1600', scrollTo=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.goto(url); if (scrollTo) await p.locator(scrollTo).first().scrollIntoViewIfNeeded(); if (scrollTo) await p.evaluate((s) => document.querySelector(s).scrollIntoView(), scrollTo);
await p.screenshot({ path: out }); await b.close();
