/**
 * Drafts for the web app's tests, written for two fictional issuers with defects planted where
 * the tests look for them: Saltmarsh Orchard Foods Holdings Limited (鹽澤果園食品控股有限公司,
 * 6573, a text draft and its Chinese version) and Kestrel Ridge Logistics Limited (2468, a Word
 * draft). Neither stock code is in the bundled issuer registry.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";

const DISCLAIMER =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";

/** The planted defects, as they stand in the drafts (each appears once). */
export const PLANTED = {
  /** 17 March 2026 is a Tuesday. */
  weekday: "Monday, 17 March 2026",
  placeholder: "[●]",
  /** The cover says 6573. */
  wrongCode: "6537",
  /** Two INEDs of four directors (Rule 3.10(1) asks for three). */
  boardParagraph: "As at the date of this announcement, the Board comprises",
};

export const SALTMARSH_EN = `${DISCLAIMER}

Saltmarsh Orchard Foods Holdings Limited
(Incorporated in Bermuda with limited liability)
(Stock Code: 6573)

VOLUNTARY ANNOUNCEMENT
OPENING OF THE TAI PO PACKING CENTRE

This announcement is made by Saltmarsh Orchard Foods Holdings Limited (the "Company") on a voluntary basis. The board of directors of the Company (the "Board") is pleased to announce that the Company's new packing centre in Tai Po began operation on ${PLANTED.weekday}.

The centre will handle up to ${PLANTED.placeholder} tonnes of fresh fruit each month. Trading in the shares of the Company (stock code: ${PLANTED.wrongCode}) continues as usual.

By order of the Board
Saltmarsh Orchard Foods Holdings Limited
Ms. Kwok Mei Ling
Chairman

Hong Kong, 18 March 2026

${PLANTED.boardParagraph} Ms. Kwok Mei Ling and Mr. Tam Ho Yin as executive Directors; and Mr. Fung Siu Kei and Ms. Lau Wai Sum as independent non-executive Directors.
`;

export const SALTMARSH_ZH = `香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。

鹽澤果園食品控股有限公司
（於百慕達註冊成立的有限公司）
（股份代號：6573）

自願公告
大埔包裝中心投入運作

本公告由鹽澤果園食品控股有限公司（「本公司」）自願作出。本公司董事會（「董事會」）欣然宣佈，本公司位於大埔的新包裝中心已於二零二六年三月十七日（星期二）投入運作。

該中心每月可處理最多二千噸新鮮水果。本公司股份將繼續照常買賣。

承董事會命
鹽澤果園食品控股有限公司
主席
郭美玲女士

香港，二零二六年三月十八日

於本公告日期，董事會成員包括執行董事郭美玲女士及譚浩然先生；以及獨立非執行董事馮兆基先生及劉慧森女士。
`;

/** Script, event handlers and a javascript: link that must stay text on every page. */
export const HOSTILE_HTML = `<!DOCTYPE html><html><head><title>x</title><script>window.__pwned = 1</script></head><body>
<p>${DISCLAIMER}</p>
<p>Saltmarsh Orchard Foods Holdings Limited</p>
<p>(Stock Code: 6573)</p>
<p>VOLUNTARY ANNOUNCEMENT</p>
<p>The Board announces that the new centre will open on ${PLANTED.placeholder} 2026. &lt;img src=x onerror="window.__pwned=2"&gt; and &lt;script&gt;window.__pwned=3&lt;/script&gt; are words here.</p>
<img src="http://192.0.2.1/beacon.png" onerror="window.__pwned=4"><a href="javascript:window.__pwned=5">a link</a>
<p>By order of the Board</p>
</body></html>
`;

/** The Word draft: the same kinds of defects, with runs of mixed formatting. */
export async function kestrelDraft(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph(DISCLAIMER),
          new Paragraph({ children: [new TextRun({ text: "KESTREL RIDGE LOGISTICS LIMITED", bold: true })] }),
          new Paragraph("(Incorporated in the Cayman Islands with limited liability)"),
          new Paragraph("(Stock Code: 2468)"),
          new Paragraph("VOLUNTARY ANNOUNCEMENT"),
          new Paragraph(
            'This announcement is made by Kestrel Ridge Logistics Limited (the "Company") on a voluntary basis.',
          ),
          new Paragraph({
            children: [
              new TextRun(
                'The board of directors of the Company (the "Board") announces that its cold-chain depot at Kwai Chung opened on ',
              ),
              new TextRun({ text: PLANTED.weekday, bold: true }),
              new TextRun(` and will employ about ${PLANTED.placeholder} staff.`),
            ],
          }),
          new Paragraph("By order of the Board"),
          new Paragraph("Kestrel Ridge Logistics Limited"),
          new Paragraph("Mr. Chow Ka Wing"),
          new Paragraph("Chairman"),
          new Paragraph("Hong Kong, 18 March 2026"),
          new Paragraph(
            `${PLANTED.boardParagraph} Mr. Chow Ka Wing and Ms. Ng Sze Wan as executive Directors; and Mr. Ip Chun Kit and Ms. Mok Lai Fong as independent non-executive Directors.`,
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
