/**
 * Simplified → Traditional folding for the characters that occur in HKEX statements, so that a
 * pattern written once in Traditional Chinese also matches a Simplified (or mixed) text.
 *
 * The table is one-to-one and length preserving (one BMP character for one), so the source map
 * of the normaliser stays exact. It is data: add a pair to FOLD_PAIRS to teach it a character.
 *
 * Left out on purpose: simplified forms that are ALSO ordinary Traditional characters with
 * another meaning, because patterns are written in Traditional and folding them would break
 * Traditional text: 准 (批准 is Traditional; 準 is 準則), 制/製, 系/係, 台/臺, 里/裏, 面/麵,
 * 余/餘, 范/範, 周/週, 只/隻, 征/徵, 干/幹, 咨/諮. 后 → 後 and 于 → 於 ARE folded: in HK statements
 * 后 (empress) and the surname 于 are rare, while 之后/于 are the commonest Simplified forms.
 */

/** Pairs "simplified traditional", separated by white space; grouped loosely by theme. */
const FOLD_PAIRS = `
对對 内內 责責 负負 确確 声聲 该該 赖賴 损損 担擔 时時 会會 执執 独獨 为為 发發 于於 与與
产產 业業 开開 销銷 营營 证證 联聯 结結 团團 报報 价價 东東 买買 卖賣 务務 请請 审審 预預
测測 陈陳 实實 际際 现現 据據 条條 规規 则則 节節 兹茲 谨謹 鉴鑒 并並 须須 称稱 译譯 后後
这這 个個 们們 来來 说說 国國 过過 还還 经經 进進 关關 动動 员員 长長 间間 问問 题題 门門
见見 从從 两兩 让讓 应應 处處 级級 样樣 点點 无無 么麼 华華 数數 钱錢 银銀 财財 资資 贷貸
费費 贸貿 购購 货貨 币幣 汇匯 额額 总總 计計 议議 订訂 记記 论論 认認 许許 设設 识識 诉訴
试試 话話 询詢 详詳 谓謂 课課 调調 谈談 诺諾 读讀 变變 讯訊 访訪 评評 词詞 诚誠 诸諸 谢謝
谋謀 语語 误誤 讨討 车車 军軍 转轉 轮輪 较較 载載 辖轄 辑輯 输輸 轻輕 马馬 驻駐 验驗 闭閉
闻聞 阅閱 闲閑 阀閥 页頁 项項 顺順 领領 颁頒 频頻 顾顧 顶頂 风風 飞飛 贡貢 贤賢 败敗 账賬
质質 贵貴 贴貼 赔賠 赛賽 赚賺 赎贖 赏賞 贯貫 赞贊 纸紙 线線 组組 织織 细細 终終 绍紹 给給
统統 绩績 续續 维維 综綜 编編 缴繳 约約 纪紀 红紅 纳納 纯純 练練 绝絕 络絡 继繼 缩縮 绿綠
钟鐘 铁鐵 链鏈 锁鎖 错錯 镇鎮 针針 钢鋼 锋鋒 乐樂 习習 书書 乱亂 争爭 亏虧 云雲 亚亞 仅僅
仓倉 伟偉 传傳 伤傷 众眾 优優 体體 佣傭 侨僑 债債 倾傾 储儲 兴興 养養 农農 冲衝 决決 况況
净淨 减減 凭憑 击擊 刘劉 刚剛 创創 删刪 别別 剧劇 办辦 劳勞 势勢 区區 医醫 协協 单單 卢盧
卫衛 却卻 厂廠 历歷 压壓 厅廳 县縣 参參 双雙 叙敘 号號 叶葉 启啟 响響 园園 围圍 图圖 圆圓
圣聖 场場 坏壞 块塊 坚堅 坛壇 备備 复復 头頭 夹夾 夺奪 奋奮 妇婦 娱娛 孙孫 学學 宁寧 宝寶
宪憲 宽寬 寻尋 导導 将將 尔爾 尝嘗 层層 属屬 岁歲 岛島 师師 带帶 帮幫 广廣 庆慶 库庫 废廢
异異 张張 弥彌 归歸 录錄 彻徹 径徑 忆憶 态態 怀懷 恶惡 悬懸 惊驚 惯慣 愿願 战戰 户戶 扩擴
扫掃 护護 拟擬 拥擁 择擇 挤擠 换換 摄攝 摆擺 携攜 断斷 旧舊 显顯 晋晉 暂暫 术術 机機 杀殺
权權 杨楊 极極 构構 标標 栏欄 树樹 档檔 桥橋 检檢 楼樓 欢歡 欧歐 残殘 毕畢 气氣 汉漢 汤湯
沟溝 没沒 泽澤 洁潔 浅淺 济濟 浓濃 润潤 涨漲 渐漸 温溫 湾灣 满滿 滞滯 灭滅 灵靈 灾災 炼煉
热熱 爱愛 牵牽 犹猶 狭狹 环環 电電 画畫 畅暢 疗療 监監 盖蓋 盘盤 矿礦 码碼 础礎 礼禮 离離
种種 积積 税稅 稳穩 穷窮 竞競 笔筆 筹籌 签簽 简簡 类類 粮糧 紧緊 网網 罗羅 罚罰 职職 肃肅
胜勝 脑腦 脱脫 舰艦 艺藝 苏蘇 获獲 药藥 虽雖 补補 装裝 观觀 视視 觉覺 览覽 触觸 誉譽 赵趙
趋趨 跃躍 践踐 辞辭 边邊 达達 迁遷 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰
郑鄭 释釋 队隊 阳陽 阶階 陆陸 险險 随隨 隐隱 难難 韩韓 颈頸 饭飯 饮飲 馆館 骤驟 鲁魯 鸡雞
齐齊 龙龍 亿億 万萬 专專 严嚴 丰豐 临臨 丽麗 举舉 义義 乡鄉 册冊 着著 缔締 赁賃 庄莊 纠糾
纷紛 诈詐 讼訟 谘諮 冻凍 贬貶
`;

function parsePairs(table: string): Map<number, number> {
  const fold = new Map<number, number>();
  for (const pair of table.split(/\s+/u)) {
    const [simplified, traditional] = [...pair].map((ch) => ch.codePointAt(0) ?? 0);
    if (simplified === undefined || traditional === undefined || simplified === traditional) continue;
    fold.set(simplified, traditional);
  }
  return fold;
}

const FOLD = parsePairs(FOLD_PAIRS);

/** The Traditional code point for a Simplified-only one, or the code point unchanged. */
export function foldCodePoint(codePoint: number): number {
  return FOLD.get(codePoint) ?? codePoint;
}

/** Fold a whole string (for patterns or tests); length preserving. */
export function foldSimplified(text: string): string {
  let folded = "";
  for (const ch of text) folded += String.fromCodePoint(foldCodePoint(ch.codePointAt(0) ?? 0));
  return folded;
}

/** Characters that exist only in Simplified Chinese (the table's left side). */
export const SIMPLIFIED_ONLY: ReadonlySet<number> = new Set(FOLD.keys());

/** Characters that exist only in Traditional Chinese: the table's right side, minus 著 (著名 is Simplified too). */
export const TRADITIONAL_ONLY: ReadonlySet<number> = new Set(
  [...FOLD.values()].filter((cp) => cp !== 0x8457 /* 著 */ && !FOLD.has(cp)),
);

/** The table as pairs, for tests and documentation. */
export function foldPairs(): Array<[string, string]> {
  return [...FOLD].map(([s, t]) => [String.fromCodePoint(s), String.fromCodePoint(t)]);
}
