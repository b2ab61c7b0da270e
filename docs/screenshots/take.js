// Each role's home at 1280 px and at 360 px, logged in as the demo accounts (README), in Danish.
// Run by ops/screenshots.sh against a server with the demo data; BASE names it.
'use strict';
const puppeteer = require('puppeteer-core');
const path = require('path');

const base = process.env.BASE || 'http://127.0.0.1:8880';
const password = 'samspil-demo-2026';
const homes = [
    ['visitor', null, '/'],
    ['participant', 'anne.larsen@fjordskolen.example', '/participant/my-courses.xhtml'],
    ['leader', 'mette.holm@fjordskolen.example', '/leader/my-staff.xhtml'],
    ['consultant', 'jonas.berg@samspil.example', '/consultant/course-planning.xhtml'],
    ['partner', 'kirsten.moeller@laesebedster.example', '/partner/my-partnerships.xhtml'],
    ['admin', 'admin@samspil.example', '/admin/accounts.xhtml'],
];
const widths = [[1280, 900], [360, 780]];

(async () => {
    const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--lang=da', '--disable-gpu']});
    try {
        for (const [role, email, home] of homes) {
            const context = await browser.createBrowserContext();
            const page = await context.newPage();
            if (email) {
                await page.goto(base + '/login.xhtml');
                await page.type('#login\\:email', email);
                await page.type('#login\\:password', password);
                await Promise.all([page.waitForNavigation(), page.click('#login\\:submit')]);
            }
            for (const [width, height] of widths) {
                await page.setViewport({width, height});
                await page.goto(base + home, {waitUntil: 'networkidle0'});
                const file = path.join(__dirname, `${role}-${width}.png`);
                await page.screenshot({path: file});
                console.log(file);
            }
            await context.close();
        }
    } finally {
        await browser.close();
    }
})().catch(error => {
    console.error(error);
    process.exit(1);
});
