import { oldReferences } from "../../src/checks/old-references.js";
import { testKind } from "./kind-tester.js";

testKind(oldReferences, [
  {
    name: "appendices of the Listing Rules by their old numbers",
    options: {},
    valid: [
      "Crescent Tide Holdings Limited has applied the code provisions in Appendix C1 to the Listing Rules.",
      "The valuation report is set out in Appendix I to this circular.",
      "晨潮控股有限公司已遵守上市規則附錄C1所載的守則條文。",
    ],
    invalid: [
      {
        text: "Crescent Tide Holdings Limited has applied the code provisions in Appendix 14 to the Listing Rules.",
        kind: "deviates",
      },
      { text: "晨潮控股有限公司已遵守上市規則附錄十四所載的守則條文。", kind: "deviates" },
    ],
  },
]);
