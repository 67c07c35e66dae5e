/**
 * Where an announcement's body starts ("This announcement is made …", 「本公告乃…」, "The Board
 * announces …"): nothing from here on is headline (document kinds), and text before the
 * identity block that holds one is not only legends (the cover).
 */
export const BODY_OPENER =
  /\bThis (?:joint )?announcement is (?:made|published)\b|\bReference is made\b|\bWe refer to\b|\bThe (?:board|Board) of (?:directors|Directors)\b|\bThe (?:board|directors) (?:announces?|is pleased|wishes)|本(?:聯合)?(?:公告|公佈)乃|茲提述|(?:本公司)?董事會(?:\([^)]{0,12}\))?(?:宣佈|謹此|欣然|謹宣佈)/;
