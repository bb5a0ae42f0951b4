import puppeteer from "puppeteer-core";
const b = await puppeteer.launch({executablePath:"/usr/bin/chromium", headless:true, args:["--no-sandbox"]});
const p = await b.newPage();
await p.setViewport({width:390,height:844,isMobile:true,deviceScaleFactor:1});
const cdp = await p.createCDPSession(); await cdp.send("Page.enable");
await cdp.send("Page.setFontSizes", {fontSizes:{standard:32, fixed:26}});
await p.goto(process.argv[2]);
console.log(await p.evaluate(() => { const out=[]; document.querySelectorAll("body *").forEach(e => { const r=e.getBoundingClientRect(); if (r.right>391) out.push(e.tagName+"."+e.className+" "+Math.round(r.left)+"-"+Math.round(r.right)+" "+(e.textContent||"").trim().slice(0,40)); }); return out.slice(0,15); }));
await b.close();
