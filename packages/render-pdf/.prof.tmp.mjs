// probe.tmp.mts
import fs from "node:fs";

// ../core/src/errors.ts
var ReportError = class extends Error {
  code;
  constructor(code, message2, options) {
    super(message2, options);
    this.name = "ReportError";
    this.code = code;
  }
};

// ../core/src/forms/shared-tables.ts
var RESULTS = "\u4E09\u3001\u672C\u5E74\u5EA6\u529E\u7406\u7ED3\u679C";
var DENIED = "\uFF08\u4E09\uFF09\u4E0D\u4E88\u516C\u5F00";
var UNAVAILABLE = "\uFF08\u56DB\uFF09\u65E0\u6CD5\u63D0\u4F9B";
var NOT_PROCESSED = "\uFF08\u4E94\uFF09\u4E0D\u4E88\u5904\u7406";
var OTHER_HANDLING = "\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406";
var APPLICANT = "\u7533\u8BF7\u4EBA\u60C5\u51B5";
var ORGANIZATION = "\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7";
var applicationColumns = [
  { id: "naturalPerson", label: "\u81EA\u7136\u4EBA", labelEn: "natural persons", kind: "count", headerPath: [APPLICANT], groups: ["applicant"] },
  { id: "business", label: "\u5546\u4E1A\u4F01\u4E1A", labelEn: "businesses", kind: "count", headerPath: [APPLICANT, ORGANIZATION], groups: ["applicant"] },
  { id: "research", label: "\u79D1\u7814\u673A\u6784", labelEn: "research institutions", kind: "count", headerPath: [APPLICANT, ORGANIZATION], groups: ["applicant"] },
  { id: "publicInterest", label: "\u793E\u4F1A\u516C\u76CA\u7EC4\u7EC7", labelEn: "public-interest organizations", kind: "count", headerPath: [APPLICANT, ORGANIZATION], groups: ["applicant"] },
  { id: "legalService", label: "\u6CD5\u5F8B\u670D\u52A1\u673A\u6784", labelEn: "legal service institutions", kind: "count", headerPath: [APPLICANT, ORGANIZATION], groups: ["applicant"] },
  { id: "otherOrganization", label: "\u5176\u4ED6", labelEn: "other organizations", kind: "count", headerPath: [APPLICANT, ORGANIZATION], shortLabel: "\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7/\u5176\u4ED6", groups: ["applicant"] },
  { id: "total", label: "\u603B\u8BA1", labelEn: "total", kind: "count", headerPath: [APPLICANT] }
];
var result = (id, label, labelEn, path, shortLabel) => ({
  id,
  label,
  labelEn,
  labelPath: [RESULTS, ...path],
  groups: ["result"],
  ...shortLabel ? { shortLabel } : {}
});
var headRows = [
  { id: "newReceived", label: "\u4E00\u3001\u672C\u5E74\u65B0\u6536\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF", labelEn: "I. new applications received this year", shortLabel: "\u4E00" },
  { id: "carriedOver", label: "\u4E8C\u3001\u4E0A\u5E74\u7ED3\u8F6C\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF", labelEn: "II. applications carried over from last year", shortLabel: "\u4E8C" },
  result("granted", "\uFF08\u4E00\uFF09\u4E88\u4EE5\u516C\u5F00", "granted", [], "\uFF08\u4E00\uFF09"),
  result("partiallyGranted", "\uFF08\u4E8C\uFF09\u90E8\u5206\u516C\u5F00\uFF08\u533A\u5206\u5904\u7406\u7684\uFF0C\u53EA\u8BA1\u8FD9\u4E00\u60C5\u5F62\uFF0C\u4E0D\u8BA1\u5176\u4ED6\u60C5\u5F62\uFF09", "partially granted", [], "\uFF08\u4E8C\uFF09"),
  result("denied.stateSecret", "1.\u5C5E\u4E8E\u56FD\u5BB6\u79D8\u5BC6", "denied: state secret", [DENIED], "\uFF08\u4E09\uFF091"),
  result("denied.prohibitedByLaw", "2.\u5176\u4ED6\u6CD5\u5F8B\u884C\u653F\u6CD5\u89C4\u7981\u6B62\u516C\u5F00", "denied: prohibited by other laws", [DENIED], "\uFF08\u4E09\uFF092"),
  result("denied.securityStability", "3.\u5371\u53CA\u201C\u4E09\u5B89\u5168\u4E00\u7A33\u5B9A\u201D", "denied: endangers security or stability", [DENIED], "\uFF08\u4E09\uFF093"),
  result("denied.thirdPartyRights", "4.\u4FDD\u62A4\u7B2C\u4E09\u65B9\u5408\u6CD5\u6743\u76CA", "denied: third-party rights", [DENIED], "\uFF08\u4E09\uFF094"),
  result("denied.internalAffairs", "5.\u5C5E\u4E8E\u4E09\u7C7B\u5185\u90E8\u4E8B\u52A1\u4FE1\u606F", "denied: internal affairs", [DENIED], "\uFF08\u4E09\uFF095"),
  result("denied.processInformation", "6.\u5C5E\u4E8E\u56DB\u7C7B\u8FC7\u7A0B\u6027\u4FE1\u606F", "denied: process information", [DENIED], "\uFF08\u4E09\uFF096"),
  result("denied.enforcementFiles", "7.\u5C5E\u4E8E\u884C\u653F\u6267\u6CD5\u6848\u5377", "denied: enforcement files", [DENIED], "\uFF08\u4E09\uFF097"),
  result("denied.inquiryMatters", "8.\u5C5E\u4E8E\u884C\u653F\u67E5\u8BE2\u4E8B\u9879", "denied: administrative inquiry matters", [DENIED], "\uFF08\u4E09\uFF098"),
  result("unavailable.notHeld", "1.\u672C\u673A\u5173\u4E0D\u638C\u63E1\u76F8\u5173\u653F\u5E9C\u4FE1\u606F", "unavailable: not held", [UNAVAILABLE], "\uFF08\u56DB\uFF091"),
  result("unavailable.needsCreation", "2.\u6CA1\u6709\u73B0\u6210\u4FE1\u606F\u9700\u8981\u53E6\u884C\u5236\u4F5C", "unavailable: would need creating", [UNAVAILABLE], "\uFF08\u56DB\uFF092"),
  result("unavailable.stillUnclear", "3.\u8865\u6B63\u540E\u7533\u8BF7\u5185\u5BB9\u4ECD\u4E0D\u660E\u786E", "unavailable: still unclear after correction", [UNAVAILABLE], "\uFF08\u56DB\uFF093"),
  result("notProcessed.complaint", "1.\u4FE1\u8BBF\u4E3E\u62A5\u6295\u8BC9\u7C7B\u7533\u8BF7", "not processed: petitions and complaints", [NOT_PROCESSED], "\uFF08\u4E94\uFF091"),
  result("notProcessed.duplicate", "2.\u91CD\u590D\u7533\u8BF7", "not processed: duplicate", [NOT_PROCESSED], "\uFF08\u4E94\uFF092"),
  result("notProcessed.publication", "3.\u8981\u6C42\u63D0\u4F9B\u516C\u5F00\u51FA\u7248\u7269", "not processed: publications", [NOT_PROCESSED], "\uFF08\u4E94\uFF093"),
  result("notProcessed.excessive", "4.\u65E0\u6B63\u5F53\u7406\u7531\u5927\u91CF\u53CD\u590D\u7533\u8BF7", "not processed: excessive", [NOT_PROCESSED], "\uFF08\u4E94\uFF094"),
  result("notProcessed.confirmation", "5.\u8981\u6C42\u884C\u653F\u673A\u5173\u786E\u8BA4\u6216\u91CD\u65B0\u51FA\u5177\u5DF2\u83B7\u53D6\u4FE1\u606F", "not processed: confirmation of obtained information", [NOT_PROCESSED], "\uFF08\u4E94\uFF095")
];
var tailRows = [
  { id: "totalHandled", label: "\uFF08\u4E03\uFF09\u603B\u8BA1", labelEn: "total handled", labelPath: [RESULTS], shortLabel: "\u4E09\uFF08\u4E03\uFF09" },
  { id: "carriedForward", label: "\u56DB\u3001\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406", labelEn: "IV. carried forward to next year", shortLabel: "\u56DB" }
];
var CORNER_NOTE = "\uFF08\u672C\u5217\u6570\u636E\u7684\u52FE\u7A3D\u5173\u7CFB\u4E3A\uFF1A\u7B2C\u4E00\u9879\u52A0\u7B2C\u4E8C\u9879\u4E4B\u548C\uFF0C\u7B49\u4E8E\u7B2C\u4E09\u9879\u52A0\u7B2C\u56DB\u9879\u4E4B\u548C\uFF09";
var APPLICATIONS_TITLE = "\u4E09\u3001\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u60C5\u51B5";
function applicationsTable(otherHandlingRows) {
  return {
    id: "applications",
    sectionId: "applications",
    title: APPLICATIONS_TITLE,
    columns: applicationColumns,
    rows: [...headRows, ...otherHandlingRows, ...tailRows],
    layout: { type: "matrix", labelColumns: 3, corner: CORNER_NOTE }
  };
}
var otherHandling2021 = [
  result("otherHandling.noCorrection", "1.\u7533\u8BF7\u4EBA\u65E0\u6B63\u5F53\u7406\u7531\u903E\u671F\u4E0D\u8865\u6B63\u3001\u884C\u653F\u673A\u5173\u4E0D\u518D\u5904\u7406\u5176\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7", "other: no correction in time", [OTHER_HANDLING], "\uFF08\u516D\uFF091"),
  result("otherHandling.feeUnpaid", "2.\u7533\u8BF7\u4EBA\u903E\u671F\u672A\u6309\u6536\u8D39\u901A\u77E5\u8981\u6C42\u7F34\u7EB3\u8D39\u7528\u3001\u884C\u653F\u673A\u5173\u4E0D\u518D\u5904\u7406\u5176\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7", "other: fee not paid", [OTHER_HANDLING], "\uFF08\u516D\uFF092"),
  result("otherHandling.other", "3.\u5176\u4ED6", "other: other", [OTHER_HANDLING], "\uFF08\u516D\uFF093")
];
var otherHandling2019 = [result("otherHandling", OTHER_HANDLING, "other handling", [], "\uFF08\u516D\uFF09")];
var reviewLitigationTable = {
  id: "reviewLitigation",
  sectionId: "reviewLitigation",
  title: "\u56DB\u3001\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
  columns: [
    { id: "upheld", label: "\u7ED3\u679C\u7EF4\u6301", labelEn: "upheld", kind: "count", groups: ["outcome"] },
    { id: "corrected", label: "\u7ED3\u679C\u7EA0\u6B63", labelEn: "corrected", kind: "count", groups: ["outcome"] },
    { id: "other", label: "\u5176\u4ED6\u7ED3\u679C", labelEn: "other outcome", kind: "count", groups: ["outcome"] },
    { id: "pending", label: "\u5C1A\u672A\u5BA1\u7ED3", labelEn: "pending", kind: "count", groups: ["outcome"] },
    { id: "total", label: "\u603B\u8BA1", labelEn: "total", kind: "count" }
  ],
  rows: [
    { id: "review", label: "\u884C\u653F\u590D\u8BAE", labelEn: "administrative reconsideration" },
    { id: "litigationDirect", label: "\u672A\u7ECF\u590D\u8BAE\u76F4\u63A5\u8D77\u8BC9", labelEn: "litigation without prior reconsideration", labelPath: ["\u884C\u653F\u8BC9\u8BBC"] },
    { id: "litigationAfterReview", label: "\u590D\u8BAE\u540E\u8D77\u8BC9", labelEn: "litigation after reconsideration", labelPath: ["\u884C\u653F\u8BC9\u8BBC"] }
  ],
  layout: { type: "flat" }
};
var applicationRules = [
  {
    id: "R3-1",
    kind: "equation",
    severity: "error",
    table: "applications",
    each: "column",
    left: ["newReceived", "carriedOver"],
    op: "=",
    right: ["totalHandled", "carriedForward"],
    leftText: { zh: "\u4E00+\u4E8C", en: "I+II" },
    rightText: { zh: "\u4E09\uFF08\u4E03\uFF09+\u56DB", en: "III(7)+IV" },
    description: {
      zh: "\u672C\u5217\u6570\u636E\u7684\u52FE\u7A3D\u5173\u7CFB\uFF1A\u7B2C\u4E00\u9879\u52A0\u7B2C\u4E8C\u9879\u4E4B\u548C\uFF0C\u7B49\u4E8E\u7B2C\u4E09\u9879\u52A0\u7B2C\u56DB\u9879\u4E4B\u548C",
      en: "In every column: new applications plus those carried over equal those handled plus those carried forward"
    },
    basis: "\u8868\u4E09\u52FE\u7A3D\u5173\u7CFB\u6CE8"
  },
  {
    id: "R3-2",
    kind: "equation",
    severity: "error",
    table: "applications",
    each: "row",
    left: ["total"],
    op: "=",
    right: [{ group: "applicant" }],
    leftText: { zh: "\u603B\u8BA1", en: "total" },
    rightText: { zh: "\u81EA\u7136\u4EBA+\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7\u5404\u5217", en: "natural persons + all organization columns" },
    description: { zh: "\u6BCF\u4E00\u884C\u7684\u603B\u8BA1\u7B49\u4E8E\u81EA\u7136\u4EBA\u4E0E\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7\u5404\u5217\u4E4B\u548C", en: "In every row the total equals the sum of the applicant columns" }
  },
  {
    id: "R3-3",
    kind: "equation",
    severity: "error",
    table: "applications",
    each: "column",
    left: ["totalHandled"],
    op: "=",
    right: [{ group: "result" }],
    leftText: { zh: "\u4E09\uFF08\u4E03\uFF09\u603B\u8BA1", en: "III(7) total" },
    rightText: { zh: "\uFF08\u4E00\uFF09\u81F3\uFF08\u516D\uFF09\u5404\u9879\u4E4B\u548C", en: "sum of results (1)\u2013(6)" },
    description: { zh: "\u672C\u5E74\u5EA6\u529E\u7406\u7ED3\u679C\u7684\u603B\u8BA1\u7B49\u4E8E\uFF08\u4E00\uFF09\u81F3\uFF08\u516D\uFF09\u5404\u9879\u4E4B\u548C", en: "Total handled equals the sum of every result row" }
  },
  {
    id: "R3-4",
    kind: "cells",
    severity: "error",
    table: "applications",
    kinds: ["count"],
    description: { zh: "\u8868\u4E09\u5404\u5355\u5143\u683C\u5747\u4E3A\u975E\u8D1F\u6574\u6570", en: "Every cell of table III is a non-negative whole number" }
  },
  {
    id: "R3-8",
    kind: "equation",
    severity: "error",
    table: "applications",
    each: "column",
    left: ["carriedForward"],
    op: "<=",
    right: ["newReceived", "carriedOver"],
    leftText: { zh: "\u56DB", en: "IV" },
    rightText: { zh: "\u4E00+\u4E8C", en: "I+II" },
    description: { zh: "\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406\u7684\u6570\u91CF\u4E0D\u8D85\u8FC7\u672C\u5E74\u65B0\u6536\u4E0E\u4E0A\u5E74\u7ED3\u8F6C\u4E4B\u548C", en: "Carried forward cannot exceed new plus carried-over applications" }
  },
  ...["review", "litigationDirect", "litigationAfterReview"].map(
    (row, index) => ({
      id: `R4-${index + 1}`,
      kind: "equation",
      severity: "error",
      table: "reviewLitigation",
      each: "row",
      over: [row],
      left: ["total"],
      op: "=",
      right: [{ group: "outcome" }],
      leftText: { zh: "\u603B\u8BA1", en: "total" },
      rightText: { zh: "\u7ED3\u679C\u7EF4\u6301+\u7ED3\u679C\u7EA0\u6B63+\u5176\u4ED6\u7ED3\u679C+\u5C1A\u672A\u5BA1\u7ED3", en: "upheld+corrected+other+pending" },
      description: {
        zh: `${["\u884C\u653F\u590D\u8BAE", "\u884C\u653F\u8BC9\u8BBC\uFF08\u672A\u7ECF\u590D\u8BAE\u76F4\u63A5\u8D77\u8BC9\uFF09", "\u884C\u653F\u8BC9\u8BBC\uFF08\u590D\u8BAE\u540E\u8D77\u8BC9\uFF09"][index]}\uFF1A\u603B\u8BA1\u7B49\u4E8E\u7ED3\u679C\u7EF4\u6301\u3001\u7ED3\u679C\u7EA0\u6B63\u3001\u5176\u4ED6\u7ED3\u679C\u3001\u5C1A\u672A\u5BA1\u7ED3\u4E4B\u548C`,
        en: `${["Reconsideration", "Direct litigation", "Litigation after reconsideration"][index]}: total equals upheld + corrected + other + pending`
      }
    })
  ),
  {
    id: "R4-4",
    kind: "cells",
    severity: "error",
    table: "reviewLitigation",
    kinds: ["count"],
    description: { zh: "\u8868\u56DB\u5404\u5355\u5143\u683C\u5747\u4E3A\u975E\u8D1F\u6574\u6570", en: "Every cell of table IV is a non-negative whole number" }
  }
];

// ../core/src/forms/sections.ts
var governmentSections = [
  {
    id: "overview",
    number: "\u4E00",
    title: "\u4E00\u3001\u603B\u4F53\u60C5\u51B5",
    hint: "\u4E3B\u52A8\u516C\u5F00\u3001\u4F9D\u7533\u8BF7\u516C\u5F00\u3001\u653F\u5E9C\u4FE1\u606F\u7BA1\u7406\u3001\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5E73\u53F0\u5EFA\u8BBE\u3001\u76D1\u7763\u4FDD\u969C\u7B49\u65B9\u9762\u7684\u603B\u4F53\u60C5\u51B5\u3002"
  },
  { id: "active", number: "\u4E8C", title: "\u4E8C\u3001\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5", tableId: "active" },
  { id: "applications", number: "\u4E09", title: "\u4E09\u3001\u6536\u5230\u548C\u5904\u7406\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u60C5\u51B5", tableId: "applications" },
  {
    id: "reviewLitigation",
    number: "\u56DB",
    title: "\u56DB\u3001\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u3001\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
    tableId: "reviewLitigation",
    titleVariants: [
      "\u56E0\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u88AB\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u548C\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
      "\u56E0\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u88AB\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5",
      "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u884C\u653F\u590D\u8BAE\u548C\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5"
    ]
  },
  {
    id: "problems",
    number: "\u4E94",
    title: "\u4E94\u3001\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5",
    titleVariants: ["\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5", "\u5B58\u5728\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5"],
    hint: "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u3001\u6539\u8FDB\u60C5\u51B5\u53CA\u4E0A\u5E74\u95EE\u9898\u6574\u6539\u60C5\u51B5\u3002"
  },
  {
    id: "other",
    number: "\u516D",
    title: "\u516D\u3001\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879",
    hint: "\u4FE1\u606F\u5904\u7406\u8D39\u6536\u53D6\u60C5\u51B5\uFF08\u53D1\u51FA\u6536\u8D39\u901A\u77E5\u7684\u4EF6\u6570\u548C\u603B\u91D1\u989D\u3001\u5B9E\u9645\u6536\u53D6\u7684\u603B\u91D1\u989D\uFF09\u53CA\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879\u3002"
  }
];

// ../core/src/forms/gov-2019.ts
var INFO = "\u4FE1\u606F\u5185\u5BB9";
var COUNTED = ["previousCount", "change", "decisions"];
var active2019 = {
  id: "active",
  sectionId: "active",
  title: "\u4E8C\u3001\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5",
  columns: [
    { id: "made", label: "\u672C\u5E74\u65B0\u5236\u4F5C\u6570\u91CF", labelEn: "made this year", kind: "count" },
    { id: "published", label: "\u672C\u5E74\u65B0\u516C\u5F00\u6570\u91CF", labelEn: "published this year", kind: "count" },
    { id: "totalPublished", label: "\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF", labelEn: "total published", kind: "count" },
    { id: "previousCount", label: "\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF", labelEn: "items last year", kind: "count" },
    { id: "change", label: "\u672C\u5E74\u589E/\u51CF", labelEn: "change this year", kind: "signedCount" },
    { id: "decisions", label: "\u5904\u7406\u51B3\u5B9A\u6570\u91CF", labelEn: "decisions", kind: "count" },
    { id: "projects", label: "\u91C7\u8D2D\u9879\u76EE\u6570\u91CF", labelEn: "procurement projects", kind: "count" },
    { id: "amount", label: "\u91C7\u8D2D\u603B\u91D1\u989D", labelEn: "procurement amount", kind: "amount", unit: "\u4E07\u5143" }
  ],
  rows: [
    { id: "regulations", label: "\u89C4\u7AE0", labelEn: "rules (\u89C4\u7AE0)", columns: ["made", "published", "totalPublished"], block: "article20.1" },
    { id: "normativeDocuments", label: "\u89C4\u8303\u6027\u6587\u4EF6", labelEn: "normative documents", columns: ["made", "published", "totalPublished"], block: "article20.1" },
    { id: "licensing", label: "\u884C\u653F\u8BB8\u53EF", labelEn: "licensing", columns: COUNTED, block: "article20.5" },
    { id: "otherServices", label: "\u5176\u4ED6\u5BF9\u5916\u7BA1\u7406\u670D\u52A1\u4E8B\u9879", labelEn: "other external services", columns: COUNTED, block: "article20.5" },
    { id: "penalty", label: "\u884C\u653F\u5904\u7F5A", labelEn: "penalties", columns: COUNTED, block: "article20.6" },
    { id: "coercion", label: "\u884C\u653F\u5F3A\u5236", labelEn: "coercive measures", columns: COUNTED, block: "article20.6" },
    { id: "fees", label: "\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39", labelEn: "administrative fees", columns: ["previousCount", "change"], block: "article20.8" },
    { id: "procurement", label: "\u653F\u5E9C\u96C6\u4E2D\u91C7\u8D2D", labelEn: "central government procurement", columns: ["projects", "amount"], block: "article20.9" }
  ],
  layout: {
    type: "blocks",
    valueColumns: 3,
    blocks: [
      { id: "article20.1", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u4E00\uFF09\u9879", labelHeader: INFO, columns: ["made", "published", "totalPublished"] },
      { id: "article20.5", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u4E94\uFF09\u9879", labelHeader: INFO, columns: COUNTED },
      { id: "article20.6", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u516D\uFF09\u9879", labelHeader: INFO, columns: COUNTED },
      { id: "article20.8", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u516B\uFF09\u9879", labelHeader: INFO, columns: ["previousCount", "change"] },
      { id: "article20.9", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u4E5D\uFF09\u9879", labelHeader: INFO, columns: ["projects", "amount"] }
    ]
  }
};
var activeRules2019 = [
  {
    id: "R2-1",
    kind: "cells",
    severity: "error",
    table: "active",
    kinds: ["count", "amount"],
    description: {
      zh: "\u8868\u4E8C\u7684\u6570\u91CF\u4E3A\u975E\u8D1F\u6574\u6570\uFF0C\u91C7\u8D2D\u603B\u91D1\u989D\u4E3A\u975E\u8D1F\u6570",
      en: "Counts in table II are non-negative whole numbers; the procurement amount is non-negative"
    }
  },
  {
    id: "R2-6",
    kind: "cells",
    severity: "error",
    table: "active",
    kinds: ["signedCount"],
    description: { zh: "\u672C\u5E74\u589E/\u51CF\u4E3A\u6574\u6570\uFF0C\u53EF\u4EE5\u4E3A\u8D1F\u6570\uFF08\u51CF\u5C11\u7528\u8D1F\u6570\u8868\u793A\uFF09", en: "The yearly change is a whole number and may be negative" }
  },
  {
    id: "R2-5",
    kind: "equation",
    severity: "error",
    table: "active",
    each: "row",
    left: ["previousCount", "change"],
    op: ">=",
    right: [],
    leftText: { zh: "\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF+\u672C\u5E74\u589E/\u51CF", en: "items last year + change" },
    rightText: { zh: "0", en: "0" },
    description: { zh: "\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u52A0\u672C\u5E74\u589E/\u51CF\u4E0D\u80FD\u4E3A\u8D1F\u6570", en: "Items last year plus the change cannot be negative" }
  },
  {
    id: "R2-7",
    kind: "equation",
    severity: "warning",
    table: "active",
    each: "row",
    left: ["totalPublished"],
    op: ">=",
    right: ["published"],
    leftText: { zh: "\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF", en: "total published" },
    rightText: { zh: "\u672C\u5E74\u65B0\u516C\u5F00\u6570\u91CF", en: "published this year" },
    description: { zh: "\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF\u901A\u5E38\u4E0D\u5C11\u4E8E\u672C\u5E74\u65B0\u516C\u5F00\u6570\u91CF", en: "Total published is normally at least the number published this year" }
  }
];
var gov2019 = {
  id: "gov-2019",
  name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u683C\u5F0F\uFF08\u8BD5\u884C\uFF09",
  source: "\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142019\u301560\u53F7",
  years: { from: 2019, to: 2020 },
  sections: governmentSections,
  tables: [active2019, applicationsTable(otherHandling2019), reviewLitigationTable],
  rules: [...activeRules2019, ...applicationRules]
};

// ../core/src/forms/gov-2021.ts
var INFO2 = "\u4FE1\u606F\u5185\u5BB9";
var active2021 = {
  id: "active",
  sectionId: "active",
  title: "\u4E8C\u3001\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5",
  columns: [
    { id: "issued", label: "\u672C\u5E74\u5236\u53D1\u4EF6\u6570", labelEn: "issued this year", kind: "count" },
    { id: "repealed", label: "\u672C\u5E74\u5E9F\u6B62\u4EF6\u6570", labelEn: "repealed this year", kind: "count" },
    { id: "inForce", label: "\u73B0\u884C\u6709\u6548\u4EF6\u6570", labelEn: "in force", kind: "count" },
    { id: "decisions", label: "\u672C\u5E74\u5904\u7406\u51B3\u5B9A\u6570\u91CF", labelEn: "decisions this year", kind: "count" },
    { id: "amount", label: "\u672C\u5E74\u6536\u8D39\u91D1\u989D\uFF08\u5355\u4F4D\uFF1A\u4E07\u5143\uFF09", labelEn: "fees collected this year (10,000 yuan)", kind: "amount", unit: "\u4E07\u5143", shortLabel: "\u672C\u5E74\u6536\u8D39\u91D1\u989D" }
  ],
  rows: [
    { id: "regulations", label: "\u89C4\u7AE0", labelEn: "rules (\u89C4\u7AE0)", columns: ["issued", "repealed", "inForce"], block: "article20.1" },
    { id: "normativeDocuments", label: "\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6", labelEn: "normative documents", columns: ["issued", "repealed", "inForce"], block: "article20.1" },
    { id: "licensing", label: "\u884C\u653F\u8BB8\u53EF", labelEn: "licensing", columns: ["decisions"], block: "article20.5" },
    { id: "penalty", label: "\u884C\u653F\u5904\u7F5A", labelEn: "penalties", columns: ["decisions"], block: "article20.6" },
    { id: "coercion", label: "\u884C\u653F\u5F3A\u5236", labelEn: "coercive measures", columns: ["decisions"], block: "article20.6" },
    { id: "fees", label: "\u884C\u653F\u4E8B\u4E1A\u6027\u6536\u8D39", labelEn: "administrative fees", columns: ["amount"], block: "article20.8" }
  ],
  layout: {
    type: "blocks",
    valueColumns: 3,
    blocks: [
      { id: "article20.1", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u4E00\uFF09\u9879", labelHeader: INFO2, columns: ["issued", "repealed", "inForce"] },
      { id: "article20.5", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u4E94\uFF09\u9879", labelHeader: INFO2, columns: ["decisions"] },
      { id: "article20.6", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u516D\uFF09\u9879", labelHeader: INFO2, columns: ["decisions"] },
      { id: "article20.8", caption: "\u7B2C\u4E8C\u5341\u6761\u7B2C\uFF08\u516B\uFF09\u9879", labelHeader: INFO2, columns: ["amount"] }
    ]
  }
};
var activeRules2021 = [
  {
    id: "R2-1",
    kind: "cells",
    severity: "error",
    table: "active",
    kinds: ["count", "amount"],
    description: {
      zh: "\u8868\u4E8C\u7684\u4EF6\u6570\u548C\u5904\u7406\u51B3\u5B9A\u6570\u91CF\u4E3A\u975E\u8D1F\u6574\u6570\uFF0C\u6536\u8D39\u91D1\u989D\uFF08\u4E07\u5143\uFF09\u4E3A\u975E\u8D1F\u6570",
      en: "Counts in table II are non-negative whole numbers; the fee amount (10,000 yuan) is non-negative"
    }
  }
];
var gov2021 = {
  id: "gov-2021",
  name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u683C\u5F0F",
  source: "\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142021\u301530\u53F7",
  years: { from: 2021 },
  sections: governmentSections,
  tables: [active2021, applicationsTable(otherHandling2021), reviewLitigationTable],
  rules: [...activeRules2021, ...applicationRules]
};

// ../core/src/narrative/headings.ts
var CHINESE_DIGITS = { "\u3007": 0, \u96F6: 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
function parseOrdinal(text) {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return void 0;
  let total = 0;
  let digit = 0;
  for (const character of text) {
    if (character === "\u767E") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (character === "\u5341") {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[character];
    }
  }
  return total + digit;
}
function chineseNumeral(value) {
  const digits2 = "\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
  if (value < 10) return digits2[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? "" : digits2[tens]}\u5341${ones === 0 ? "" : digits2[ones]}`;
}
var CHINESE = "[\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}";
var DIGITS = "[0-9\uFF10-\uFF19]{1,2}";
var patterns = [
  { level: 1, pattern: new RegExp(`^(${CHINESE})[\u3001\uFF0E.](?![0-9\uFF10-\uFF19])`) },
  { level: 2, pattern: new RegExp(`^[\uFF08(](${CHINESE})[\uFF09)]`) },
  { level: 3, pattern: new RegExp(`^(${DIGITS})(?:[.\uFF0E](?![0-9\uFF10-\uFF19])|\u3001)`) },
  { level: 4, pattern: new RegExp(`^[\uFF08(](${DIGITS})[\uFF09)]`) }
];
var MAX_HEADING_LENGTH = 30;
function parseHeading(line) {
  for (const { level, pattern } of patterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const ordinal = parseOrdinal(match[1]);
    if (ordinal === void 0 || ordinal === 0) return void 0;
    const marker = match[0];
    const body = line.slice(marker.length);
    if (body.trim() === "") return { level, ordinal, marker, title: line };
    const stop = body.indexOf("\u3002");
    const rest = stop >= 0 ? body.slice(stop + 1).trim() : "";
    const first = stop >= 0 ? body.slice(0, stop) : body;
    if (rest !== "" && first.length <= MAX_HEADING_LENGTH && !/[，,；;]/.test(first)) {
      return { level, ordinal, marker, title: line.slice(0, marker.length + stop + 1), rest };
    }
    return { level, ordinal, marker, title: line };
  }
  return void 0;
}
function headingText(title) {
  const heading = parseHeading(title);
  const text = heading ? title.slice(heading.marker.length) : title;
  return text.replace(/[。.；;：:\s]+$/u, "");
}

// ../core/src/narrative/declared-parts.ts
var DECLARATION = /(?:由|包括|包含|分为|分成)([^，。；;]+?)(?:等|共)?([一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?(?:大)?部分/;
function findDeclaredParts(paragraph) {
  const match = DECLARATION.exec(paragraph);
  if (!match) return void 0;
  const count = parseOrdinal(match[2]);
  if (!count) return void 0;
  const names = match[1].split("\u3001").map((name) => name.trim().replace(/^(?:报告)?(?:内容)?(?:主要)?/, "").replace(/等$/, "")).filter((name) => name !== "");
  return { count, names, source: match[0] };
}

// ../core/src/text/normalize.ts
function normalizeLabel(text) {
  return text.normalize("NFKC").replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "").replace(/["'“”‘’「」『』]/g, "").replace(/[、，]/g, ",").replace(/[。]/g, ".").replace(/[—–－]/g, "-").toLowerCase();
}

// ../core/src/narrative/section-match.ts
function sectionNames(section) {
  return [headingText(section.title), ...section.titleVariants ?? []].map(normalizeLabel);
}
function matchFormSection(form, title) {
  const name = normalizeLabel(headingText(title));
  if (name === "") return void 0;
  return form.sections.find((section) => sectionNames(section).includes(name));
}
function labelSimilarity(a, b) {
  const bigrams = (text) => {
    const normal = normalizeLabel(text);
    const list = [];
    for (let i = 0; i < normal.length - 1; i++) list.push(normal.slice(i, i + 2));
    return list;
  };
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return normalizeLabel(a) === normalizeLabel(b) ? 1 : 0;
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const index = pool.indexOf(gram);
    if (index >= 0) {
      shared += 1;
      pool.splice(index, 1);
    }
  }
  return 2 * shared / (left.length + right.length);
}

// ../core/src/narrative/source-lines.ts
var positions = /* @__PURE__ */ new WeakMap();
function recordSourceLines(report2, lines) {
  positions.set(report2, lines);
}
function narrativeSourceLine(report2, path, currentText) {
  const position = positions.get(report2)?.get(path);
  if (!position) return void 0;
  if (currentText !== void 0 && currentText !== position.text) return void 0;
  return position.line;
}

// ../core/src/narrative/stated-counts.ts
var UNITS = "\u4EBA\u6B21|\u4E07\u5143|\u6761|\u4EF6|\u7BC7|\u4E2A|\u6B21|\u9879|\u671F|\u4EFD|\u573A|\u4EBA|\u5143";
var NUMBER = "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?";
var TOTAL = new RegExp(`(\u7EA6|\u8FD1|\u8D85\u8FC7|\u903E|\u5171|\u7D2F\u8BA1|\u5408\u8BA1|\u603B\u8BA1|\u8FBE)?\\s*(${NUMBER})\\s*(${UNITS})(\u4EE5\u4E0A|\u4F59|\u591A|\u5DE6\u53F3)?`, "g");
var PART = new RegExp(`^(.*?)(${NUMBER})\\s*(${UNITS})`);
var toNumber = (text) => Number(text.replace(/,/g, ""));
var asciiDigits = (text) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
function findStatedBreakdowns(paragraph) {
  const text = asciiDigits(paragraph);
  const found = [];
  let from = 0;
  for (; ; ) {
    const at = text.indexOf("\u5176\u4E2D", from);
    if (at < 0) break;
    from = at + 2;
    const before = text.slice(0, at).replace(/[，,。；;：:\s]+$/u, "");
    const sentenceStart = Math.max(before.lastIndexOf("\u3002"), before.lastIndexOf("\uFF1B")) + 1;
    const totals = [...before.slice(sentenceStart).matchAll(TOTAL)];
    const totalMatch = totals.at(-1);
    if (!totalMatch) continue;
    const [totalText, prefix, number, unit, suffix] = totalMatch;
    const qualifier = prefix === "\u7EA6" || prefix === "\u8FD1" || suffix === "\u5DE6\u53F3" ? "approximate" : prefix === "\u8D85\u8FC7" || prefix === "\u903E" || suffix ? "atLeast" : "exact";
    const after = text.slice(at + 2);
    const sentenceEnd = after.search(/[。；;]/);
    const clauses = (sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after).split(/[，、]|,(?!\d{3})/);
    const parts = [];
    for (const clause of clauses) {
      const match = PART.exec(clause.trim());
      if (!match || match[3] !== unit) continue;
      const label = match[1].replace(/^[：:\s]+|[为有是：:\s]+$/gu, "");
      parts.push({ label, value: toNumber(match[2]), text: clause.trim().slice(0, match[0].length) });
    }
    if (parts.length === 0) continue;
    found.push({ total: toNumber(number), qualifier, unit, totalText: totalText.trim(), parts });
  }
  return found;
}
function breakdownProblem(breakdown, sum2) {
  if (breakdown.qualifier === "approximate") return void 0;
  if (breakdown.qualifier === "exact" && sum2 > breakdown.total) return "partsExceedTotal";
  if (breakdown.parts.length >= 2 && sum2 < breakdown.total) return "partsBelowTotal";
  return void 0;
}

// ../core/src/numbers.ts
var AMOUNT_SCALE = 1e6;
function sumExact(values) {
  let scaled = 0;
  for (const value of values) scaled += Math.round(value * AMOUNT_SCALE);
  return scaled / AMOUNT_SCALE;
}
function formatNumber(value) {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * AMOUNT_SCALE) / AMOUNT_SCALE);
}

// ../core/src/rules/narrative-rules.ts
function textLocation(report2, path, text, section, label) {
  const line = narrativeSourceLine(report2, path, text);
  const file = report2.sources?.length === 1 ? report2.sources[0].file : void 0;
  return { section, label, path, ...line !== void 0 ? { line } : {}, ...line !== void 0 && file ? { file } : {} };
}
function paragraphsOf(report2, context) {
  const found = (report2.preface ?? []).map((text, index) => ({
    text,
    path: `preface[${index}]`,
    section: "preface",
    label: context.text("\u524D\u8A00", "preface")
  }));
  const walk = (section, path) => {
    section.paragraphs.forEach((text, index) => found.push({ text, path: `${path}.paragraphs[${index}]`, section: section.id, label: section.title }));
    section.children.forEach((child, index) => walk(child, `${path}.children[${index}]`));
  };
  report2.sections.forEach((section, index) => walk(section, `sections[${index}]`));
  return found;
}
var partCountRule = {
  id: "narrative-part-count-mismatch",
  kind: "custom",
  severity: "warning",
  description: {
    zh: "\u524D\u8A00\u6240\u8FF0\u7684\u62A5\u544A\u7EC4\u6210\u90E8\u5206\u4E0E\u6B63\u6587\u4E00\u7EA7\u6807\u9898\u4E00\u81F4",
    en: "The parts the preface announces match the top-level sections of the body"
  },
  check(context) {
    const { report: report2, form, text } = context;
    const preface = report2.preface ?? [];
    for (const [index, paragraph] of preface.entries()) {
      const declared = findDeclaredParts(paragraph);
      if (!declared) continue;
      const body = report2.sections;
      if (declared.count === body.length) return [];
      const matched = /* @__PURE__ */ new Set();
      const missing = [];
      for (const name of declared.names) {
        const known = matchFormSection(form, name);
        let section = known ? body.find((candidate) => candidate.id === known.id && !matched.has(candidate)) : void 0;
        if (!section) {
          const scored = body.filter((candidate) => !matched.has(candidate)).map((candidate) => ({ candidate, score: labelSimilarity(name, headingText(candidate.title)) })).sort((a, b) => b.score - a.score);
          if (scored[0] && scored[0].score >= 0.5) section = scored[0].candidate;
        }
        if (section) matched.add(section);
        else missing.push(name);
      }
      const unnamed = body.filter((section) => !matched.has(section)).map((section) => section.title);
      const detail = {
        zh: [unnamed.length > 0 ? `\uFF1B\u524D\u8A00\u672A\u63D0\u53CA\uFF1A${unnamed.join("\u3001")}` : "", missing.length > 0 ? `\uFF1B\u6B63\u6587\u4E2D\u6CA1\u6709\u524D\u8A00\u6240\u5217\u7684\uFF1A${missing.join("\u3001")}` : ""].join(""),
        en: [
          unnamed.length > 0 ? `; the preface does not name ${unnamed.join(", ")}` : "",
          missing.length > 0 ? `; the body has no section for ${missing.join(", ")}` : ""
        ].join("")
      };
      return [
        context.diagnostic({
          code: "narrative-part-count-mismatch",
          params: { stated: declared.count, actual: body.length, detail, unnamed: unnamed.join("\u3001"), missing: missing.join("\u3001") },
          location: textLocation(report2, `preface[${index}]`, paragraph, "preface", text("\u524D\u8A00", "preface")),
          expected: body.length,
          actual: declared.count
        })
      ];
    }
    return [];
  }
};
var statedCountRule = {
  id: "narrative-count-mismatch",
  kind: "custom",
  severity: "warning",
  description: { zh: "\u6B63\u6587\u6240\u5217\u5206\u9879\u6570\u4E4B\u548C\u4E0E\u603B\u6570\u4E00\u81F4", en: "Counts listed in the text add up to the stated total" },
  check(context) {
    const { report: report2, text } = context;
    const diagnostics = [];
    for (const paragraph of paragraphsOf(report2, context)) {
      for (const breakdown of findStatedBreakdowns(paragraph.text)) {
        const sum2 = sumExact(breakdown.parts.map((part) => part.value));
        const problem = breakdownProblem(breakdown, sum2);
        if (!problem) continue;
        const relation = problem === "partsExceedTotal" ? { zh: "\u5404\u9879\u4E4B\u548C\u5927\u4E8E\u603B\u6570", en: "the parts exceed the total" } : breakdown.qualifier === "atLeast" ? { zh: `\u5404\u9879\u4E4B\u548C\u5C0F\u4E8E\u6240\u79F0\u7684\u201C${breakdown.totalText}\u201D`, en: `the parts are fewer than the "${breakdown.totalText}" stated` } : { zh: "\u5404\u9879\u4E4B\u548C\u5C0F\u4E8E\u603B\u6570", en: "the parts fall short of the total" };
        diagnostics.push(
          context.diagnostic({
            code: "narrative-count-mismatch",
            params: {
              scope: paragraph.section === "preface" ? { zh: "\u524D\u8A00", en: "preface" } : paragraph.label,
              total: breakdown.totalText,
              parts: breakdown.parts.map((part) => part.text).join(" + "),
              sum: `${formatNumber(sum2)}${breakdown.unit}`,
              relation
            },
            location: textLocation(report2, paragraph.path, paragraph.text, paragraph.section, paragraph.label),
            expected: breakdown.totalText,
            actual: `${formatNumber(sum2)}${breakdown.unit}`
          })
        );
      }
    }
    return diagnostics;
  }
};
function markerFor(level, ordinal) {
  switch (level) {
    case 1:
      return `${chineseNumeral(ordinal)}\u3001`;
    case 2:
      return `\uFF08${chineseNumeral(ordinal)}\uFF09`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `\uFF08${ordinal}\uFF09`;
  }
}
var headingSequenceRule = {
  id: "narrative-heading-sequence",
  kind: "custom",
  severity: "warning",
  description: { zh: "\u540C\u7EA7\u6807\u9898\u5E8F\u53F7\u4F9D\u6B21\u6392\u5217", en: "Headings of one level are numbered in sequence" },
  check(context) {
    const { report: report2, text } = context;
    const diagnostics = [];
    const checkSiblings = (siblings, basePath, scope) => {
      const last = /* @__PURE__ */ new Map();
      siblings.forEach((section, index) => {
        const heading = parseHeading(section.title);
        if (!heading) return;
        const expected = (last.get(heading.level) ?? 0) + 1;
        last.set(heading.level, heading.ordinal);
        if (heading.ordinal === expected) return;
        const path = `${basePath}[${index}]`;
        diagnostics.push(
          context.diagnostic({
            code: "narrative-heading-sequence",
            params: { scope, title: section.title, expected: markerFor(heading.level, expected) },
            location: textLocation(report2, path, section.title, section.id, section.title),
            expected: markerFor(heading.level, expected),
            actual: heading.marker
          })
        );
      });
      siblings.forEach((section, index) => checkSiblings(section.children, `${basePath}[${index}].children`, section.title));
    };
    checkSiblings(report2.sections, "sections", { zh: "\u6B63\u6587", en: "body" });
    return diagnostics;
  }
};
var narrativeRules = [partCountRule, statedCountRule, headingSequenceRule];

// ../core/src/forms/legacy.ts
var legacyBase = {
  id: "legacy",
  name: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\uFF082007\u5E74\u6761\u4F8B\u7ED3\u6784\u7684\u53D9\u8FF0\u5F0F\u62A5\u544A\uFF09",
  source: "\u300A\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u6761\u4F8B\u300B\uFF082007\uFF09\u7B2C\u4E09\u5341\u4E8C\u6761",
  years: {},
  sections: [
    { id: "overview", number: "\u4E00", title: "\u4E00\u3001\u6982\u8FF0", titleVariants: ["\u603B\u4F53\u60C5\u51B5", "\u57FA\u672C\u60C5\u51B5", "\u6982\u51B5"] },
    { id: "active", number: "\u4E8C", title: "\u4E8C\u3001\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5", titleVariants: ["\u4E3B\u52A8\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u7684\u60C5\u51B5", "\u4E3B\u52A8\u516C\u5F00\u60C5\u51B5"] },
    {
      id: "applications",
      number: "\u4E09",
      title: "\u4E09\u3001\u4F9D\u7533\u8BF7\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u60C5\u51B5",
      titleVariants: ["\u653F\u5E9C\u4FE1\u606F\u4F9D\u7533\u8BF7\u516C\u5F00\u60C5\u51B5", "\u4F9D\u7533\u8BF7\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u548C\u4E0D\u4E88\u516C\u5F00\u653F\u5E9C\u4FE1\u606F\u7684\u60C5\u51B5", "\u4F9D\u7533\u8BF7\u516C\u5F00\u60C5\u51B5"]
    },
    { id: "fees", number: "\u56DB", title: "\u56DB\u3001\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7684\u6536\u8D39\u53CA\u51CF\u514D\u60C5\u51B5", titleVariants: ["\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u6536\u8D39\u53CA\u51CF\u514D\u60C5\u51B5", "\u6536\u8D39\u53CA\u51CF\u514D\u60C5\u51B5"] },
    {
      id: "reviewLitigation",
      number: "\u4E94",
      title: "\u4E94\u3001\u56E0\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u3001\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u7684\u60C5\u51B5",
      titleVariants: ["\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u53CA\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5", "\u884C\u653F\u590D\u8BAE\u548C\u884C\u653F\u8BC9\u8BBC\u60C5\u51B5", "\u7533\u8BF7\u884C\u653F\u590D\u8BAE\u53CA\u63D0\u8D77\u884C\u653F\u8BC9\u8BBC\u548C\u7533\u8BC9\u60C5\u51B5"]
    },
    {
      id: "problems",
      number: "\u516D",
      title: "\u516D\u3001\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u60C5\u51B5",
      titleVariants: ["\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u63AA\u65BD", "\u5B58\u5728\u95EE\u9898\u53CA\u6539\u8FDB\u63AA\u65BD", "\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u53CA\u6539\u8FDB\u63AA\u65BD"]
    },
    { id: "other", number: "\u4E03", title: "\u4E03\u3001\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879", titleVariants: ["\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879"] }
  ],
  tables: [],
  rules: []
};

// ../core/src/forms/registry.ts
var forms = Object.freeze({
  "gov-2021": gov2021,
  "gov-2019": gov2019,
  legacy: { ...legacyBase, rules: [...legacyBase.rules, ...narrativeRules] }
});
function getForm(id, extra = []) {
  const found = extra.find((form) => form.id === id) ?? forms[id];
  if (!found) {
    throw new ReportError("unknown-form", `\u672A\u77E5\u7684\u62A5\u544A\u683C\u5F0F\uFF1A${id}\uFF08\u53EF\u7528\uFF1A${[...Object.keys(forms), ...extra.map((f) => f.id)].join("\u3001")}\uFF09`);
  }
  return found;
}
function tableCells(table) {
  return table.rows.flatMap((row) => (row.columns ?? table.columns.map((c) => c.id)).map((column) => ({ row: row.id, column })));
}

// ../core/src/forms/layout.ts
function layoutTable(table) {
  switch (table.layout.type) {
    case "blocks":
      return layoutBlocks(table);
    case "matrix":
      return layoutMatrix(table);
    case "flat":
      return layoutFlat(table);
  }
}
function columnOf(table, id) {
  const column = table.columns.find((c) => c.id === id);
  if (!column) throw new Error(`table ${table.id}: unknown column ${id}`);
  return column;
}
function spreadSpans(total, count) {
  if (count <= 0) return [];
  const base = Math.max(1, Math.floor(total / count));
  const spans = Array.from({ length: count }, () => base);
  spans[count - 1] = Math.max(1, total - base * (count - 1));
  return spans;
}
function layoutBlocks(table) {
  if (table.layout.type !== "blocks") throw new Error("not a blocks layout");
  const { valueColumns, blocks } = table.layout;
  const width = 1 + valueColumns;
  const cells = [];
  const bands = [];
  let r = 0;
  for (const block of blocks) {
    const start = r;
    cells.push({ kind: "caption", text: block.caption, row: r, column: 0, rowSpan: 1, colSpan: width });
    r += 1;
    const spans = spreadSpans(valueColumns, block.columns.length);
    cells.push({ kind: "header", text: block.labelHeader, row: r, column: 0, rowSpan: 1, colSpan: 1 });
    let c = 1;
    block.columns.forEach((id, index) => {
      cells.push({ kind: "header", text: columnOf(table, id).label, row: r, column: c, rowSpan: 1, colSpan: spans[index] });
      c += spans[index];
    });
    r += 1;
    for (const row of table.rows.filter((candidate) => candidate.block === block.id)) {
      const has = new Set(row.columns ?? table.columns.map((col) => col.id));
      cells.push({ kind: "rowLabel", text: row.label, row: r, column: 0, rowSpan: 1, colSpan: 1 });
      c = 1;
      block.columns.forEach((id, index) => {
        const base = { row: r, column: c, rowSpan: 1, colSpan: spans[index] };
        cells.push(has.has(id) ? { kind: "value", text: "", ...base, ref: { table: table.id, row: row.id, column: id } } : { kind: "empty", text: "", ...base });
        c += spans[index];
      });
      r += 1;
    }
    bands.push({ kind: "block", startRow: start, endRow: r });
  }
  return { table: table.id, rowCount: r, columnCount: width, headerRows: 0, cells, bands };
}
function placeHeader(paths, depth, columnOffset) {
  const cells = [];
  for (let level = 0; level < depth; level++) {
    let index = 0;
    while (index < paths.length) {
      const path = paths[index];
      if (level >= path.length) {
        index += 1;
        continue;
      }
      const prefix = path.slice(0, level + 1).join("\0");
      const isLeaf = level === path.length - 1;
      let span = 1;
      if (!isLeaf) {
        while (index + span < paths.length && paths[index + span].length > level + 1 && paths[index + span].slice(0, level + 1).join("\0") === prefix) {
          span += 1;
        }
      }
      cells.push({
        kind: "header",
        text: path[level],
        row: level,
        column: columnOffset + index,
        rowSpan: isLeaf ? depth - level : 1,
        colSpan: span
      });
      index += span;
    }
  }
  return cells;
}
function layoutMatrix(table) {
  if (table.layout.type !== "matrix") throw new Error("not a matrix layout");
  const { labelColumns, corner } = table.layout;
  const paths = table.columns.map((column) => [...column.headerPath ?? [], column.label]);
  const depth = Math.max(1, ...paths.map((path) => path.length));
  const cells = [
    { kind: "corner", text: corner ?? "", row: 0, column: 0, rowSpan: depth, colSpan: labelColumns },
    ...placeHeader(paths, depth, labelColumns)
  ];
  const labelPaths = table.rows.map((row) => [...row.labelPath ?? [], row.label]);
  table.rows.forEach((row, i) => {
    const r = depth + i;
    const path = labelPaths[i];
    for (let level = 0; level < path.length; level++) {
      const isLeaf = level === path.length - 1;
      if (!isLeaf) {
        const prefix = path.slice(0, level + 1).join("\0");
        const samePrefix = (j) => labelPaths[j].length > level + 1 && labelPaths[j].slice(0, level + 1).join("\0") === prefix;
        if (i > 0 && samePrefix(i - 1)) continue;
        let span = 1;
        while (i + span < labelPaths.length && samePrefix(i + span)) span += 1;
        cells.push({ kind: "rowLabel", text: path[level], row: r, column: level, rowSpan: span, colSpan: 1 });
      } else {
        cells.push({ kind: "rowLabel", text: path[level], row: r, column: level, rowSpan: 1, colSpan: Math.max(1, labelColumns - level) });
      }
    }
    const has = new Set(row.columns ?? table.columns.map((c) => c.id));
    table.columns.forEach((column, j) => {
      const base = { row: r, column: labelColumns + j, rowSpan: 1, colSpan: 1 };
      cells.push(has.has(column.id) ? { kind: "value", text: "", ...base, ref: { table: table.id, row: row.id, column: column.id } } : { kind: "empty", text: "", ...base });
    });
  });
  const rowCount = depth + table.rows.length;
  return {
    table: table.id,
    rowCount,
    columnCount: labelColumns + table.columns.length,
    headerRows: depth,
    cells,
    bands: [
      { kind: "header", startRow: 0, endRow: depth },
      { kind: "body", startRow: depth, endRow: rowCount }
    ]
  };
}
function layoutFlat(table) {
  const leaves = table.rows.flatMap(
    (row) => (row.columns ?? table.columns.map((c) => c.id)).map((columnId) => ({
      path: [...row.labelPath ?? [], row.label, columnOf(table, columnId).label],
      ref: { table: table.id, row: row.id, column: columnId }
    }))
  );
  const depth = Math.max(1, ...leaves.map((leaf) => leaf.path.length));
  const cells = [
    ...placeHeader(
      leaves.map((leaf) => leaf.path),
      depth,
      0
    ),
    ...leaves.map((leaf, index) => ({ kind: "value", text: "", row: depth, column: index, rowSpan: 1, colSpan: 1, ref: leaf.ref }))
  ];
  return {
    table: table.id,
    rowCount: depth + 1,
    columnCount: leaves.length,
    headerRows: depth,
    cells,
    bands: [
      { kind: "header", startRow: 0, endRow: depth },
      { kind: "body", startRow: depth, endRow: depth + 1 }
    ]
  };
}

// ../core/src/model/report.ts
function cellKey(ref) {
  return `${ref.table}/${ref.row}/${ref.column}`;
}
function getCell(report2, ref) {
  const value = report2.tables[ref.table]?.[ref.row]?.[ref.column];
  return typeof value === "number" ? value : null;
}
function reportTitle(report2) {
  return report2.title ?? `${report2.organ.name}${report2.year}\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A`;
}

// ../core/src/diagnostics/codes/aggregate.ts
var aggregateCodes = {
  // Loading a roster
  "roster-json-invalid": {
    severity: "error",
    title: { zh: "\u540D\u5355 JSON \u65E0\u6CD5\u8BFB\u53D6", en: "Roster JSON cannot be read" },
    message: { zh: "\u540D\u5355 JSON \u65E0\u6CD5\u8BFB\u53D6\uFF1A{detail}", en: "The roster JSON cannot be read: {detail}" },
    cause: {
      zh: "\u540D\u5355 JSON \u6709\u8BED\u6CD5\u9519\u8BEF\uFF0C\u6216\u4E0D\u662F\u673A\u5173\u6570\u7EC4\u3001\u4E5F\u4E0D\u662F\u542B entries \u6570\u7EC4\u7684\u5BF9\u8C61\u3002",
      en: "The roster JSON has a syntax error, or is neither an array of organs nor an object with an entries array."
    },
    fix: {
      zh: '\u6309 {"deadline": "2025-02-20", "entries": [{"name": "\u2026", "level": "township", "creditCode": "\u2026", "parent": "\u2026"}]} \u7684\u7ED3\u6784\u4FEE\u6B63\u3002',
      en: 'Use the shape {"deadline": "2025-02-20", "entries": [{"name": "\u2026", "level": "township", "creditCode": "\u2026", "parent": "\u2026"}]}.'
    }
  },
  "roster-header-missing": {
    severity: "error",
    title: { zh: "\u540D\u5355\u7F3A\u5C11\u540D\u79F0\u5217", en: "Roster has no name column" },
    message: { zh: "\u540D\u5355\u524D10\u884C\u4E2D\u627E\u4E0D\u5230\u673A\u5173\u540D\u79F0\u5217\uFF08\u8868\u5934\u5E94\u4E3A {headers} \u7B49\uFF09", en: "No organ-name column in the first 10 rows of the roster (headers such as {headers})" },
    cause: { zh: "\u540D\u5355\u8868\u683C\u6CA1\u6709\u8868\u5934\u884C\uFF0C\u6216\u540D\u79F0\u5217\u7684\u8868\u5934\u4E0D\u662F\u53EF\u8BC6\u522B\u7684\u5199\u6CD5\u3002", en: "The roster table has no header row, or the name column\u2019s header is not one the tool knows." },
    fix: {
      zh: "\u5728\u7B2C\u4E00\u884C\u52A0\u8868\u5934\uFF1A\u540D\u79F0\u3001\u522B\u540D\u3001\u5C42\u7EA7\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3001\u884C\u653F\u533A\u5212\u4EE3\u7801\u3001\u4E0A\u7EA7\u3001\u62A5\u9001\u671F\u9650\u3002",
      en: "Add a header row: \u540D\u79F0 (name), \u522B\u540D (aliases), \u5C42\u7EA7 (level), \u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801 (creditCode), \u884C\u653F\u533A\u5212\u4EE3\u7801 (divisionCode), \u4E0A\u7EA7 (parent), \u62A5\u9001\u671F\u9650 (deadline)."
    }
  },
  "roster-column-ignored": {
    severity: "info",
    title: { zh: "\u540D\u5355\u4E2D\u672A\u4F7F\u7528\u7684\u5217", en: "Roster column not used" },
    message: { zh: "\u540D\u5355\u5217\u201C{header}\u201D\u4E0D\u662F\u53EF\u8BC6\u522B\u7684\u5B57\u6BB5\uFF0C\u5DF2\u5FFD\u7565", en: 'Roster column "{header}" is not a known field and is ignored' },
    cause: { zh: "\u8BE5\u5217\u8868\u5934\u4E0D\u662F\u540D\u5355\u5B57\u6BB5\uFF0C\u6216\u4E0E\u524D\u9762\u7684\u5217\u91CD\u590D\u3002", en: "The header is not a roster field, or repeats an earlier column." },
    fix: { zh: "\u5982\u8BE5\u5217\u6709\u7528\uFF0C\u8BF7\u6539\u4E3A\u89C4\u5B9A\u7684\u8868\u5934\uFF08\u5982\u201C\u4E0A\u7EA7\u201D\u201C\u62A5\u9001\u671F\u9650\u201D\uFF09\uFF1B\u5426\u5219\u53EF\u4E0D\u7406\u4F1A\u3002", en: "If the column matters, rename its header to a known one (e.g. \u4E0A\u7EA7, \u62A5\u9001\u671F\u9650); otherwise ignore this." }
  },
  "roster-name-missing": {
    severity: "error",
    title: { zh: "\u540D\u5355\u884C\u7F3A\u5C11\u673A\u5173\u540D\u79F0", en: "Roster row without a name" },
    message: { zh: "\u540D\u5355{at}\u6709\u5185\u5BB9\u4F46\u6CA1\u6709\u673A\u5173\u540D\u79F0\uFF0C\u5DF2\u8DF3\u8FC7", en: "The roster row at {at} has content but no organ name; it is skipped" },
    cause: { zh: "\u8BE5\u884C\u7684\u540D\u79F0\u5355\u5143\u683C\u4E3A\u7A7A\u3002", en: "The name cell of the row is empty." },
    fix: { zh: "\u586B\u5199\u673A\u5173\u5168\u79F0\uFF0C\u6216\u5220\u9664\u8BE5\u884C\u3002", en: "Enter the organ\u2019s full name, or delete the row." }
  },
  "roster-level-unknown": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u5C42\u7EA7\u65E0\u6CD5\u8BC6\u522B", en: "Unknown level in the roster" },
    message: { zh: "{organ}\u7684\u5C42\u7EA7\u201C{value}\u201D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u6309\u201C{level}\u201D\u5904\u7406", en: 'Level "{value}" of {organ} is not known; taken as "{level}"' },
    cause: { zh: "\u5C42\u7EA7\u5E94\u4E3A \u4E61\u9547\u3001\u53BF\u3001\u90E8\u95E8\u3001\u5E02\u3001\u7701\uFF08\u6216 township\u3001county\u3001department\u3001city\u3001province\uFF09\u4E4B\u4E00\u3002", en: "The level must be one of \u4E61\u9547, \u53BF, \u90E8\u95E8, \u5E02, \u7701 (township, county, department, city, province)." },
    fix: { zh: "\u5C06\u5C42\u7EA7\u6539\u4E3A\u53EF\u8BC6\u522B\u7684\u5199\u6CD5\u3002", en: "Write the level in one of the known forms." }
  },
  "roster-level-inferred": {
    severity: "info",
    title: { zh: "\u540D\u5355\u5C42\u7EA7\u7531\u540D\u79F0\u63A8\u65AD", en: "Roster level inferred from the name" },
    message: { zh: "{organ}\u672A\u586B\u5199\u5C42\u7EA7\uFF0C\u6309\u540D\u79F0\u63A8\u65AD\u4E3A\u201C{level}\u201D", en: 'No level given for {organ}; inferred from its name as "{level}"' },
    cause: { zh: "\u540D\u5355\u4E2D\u8BE5\u673A\u5173\u7684\u5C42\u7EA7\u4E3A\u7A7A\u3002", en: "The roster gives no level for this organ." },
    fix: { zh: "\u6838\u5BF9\u63A8\u65AD\u662F\u5426\u6B63\u786E\uFF1B\u5982\u4E0D\u6B63\u786E\uFF0C\u5728\u540D\u5355\u4E2D\u586B\u5199\u5C42\u7EA7\u3002", en: "Check the guess; if it is wrong, enter the level in the roster." }
  },
  "roster-level-missing": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u7F3A\u5C11\u5C42\u7EA7", en: "Roster level missing" },
    message: { zh: "{organ}\u672A\u586B\u5199\u5C42\u7EA7\uFF0C\u540D\u79F0\u4E5F\u65E0\u6CD5\u5224\u65AD\uFF0C\u6309\u201C{level}\u201D\u5904\u7406", en: 'No level given for {organ} and its name does not tell; taken as "{level}"' },
    cause: { zh: "\u540D\u5355\u4E2D\u8BE5\u673A\u5173\u7684\u5C42\u7EA7\u4E3A\u7A7A\uFF0C\u540D\u79F0\u4E5F\u4E0D\u4EE5\u9547\u3001\u4E61\u3001\u8857\u9053\u3001\u53BF\u3001\u533A\u3001\u5E02\u3001\u5C40\u7B49\u7ED3\u5C3E\u3002", en: "The roster gives no level and the name does not end in a telling word (\u9547, \u4E61, \u8857\u9053, \u53BF, \u533A, \u5E02, \u5C40\u2026)." },
    fix: { zh: "\u5728\u540D\u5355\u4E2D\u586B\u5199\u5C42\u7EA7\uFF08\u4E61\u9547\u3001\u53BF\u3001\u90E8\u95E8\u3001\u5E02\u3001\u7701\uFF09\u3002", en: "Enter the level in the roster (township, county, department, city, province)." }
  },
  "roster-credit-code-invalid": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u4E2D\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u65E0\u6548", en: "Invalid credit code in the roster" },
    message: { zh: "{organ}\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u201C{value}\u201D\u65E0\u6548\uFF1A{detail}", en: 'Credit code "{value}" of {organ} is invalid: {detail}' },
    cause: { zh: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4E3A18\u4F4D\uFF0C\u672B\u4F4D\u662F\u6309 GB 32100 \u8BA1\u7B97\u7684\u6821\u9A8C\u4F4D\uFF1B\u6284\u5F55\u9519\u8BEF\u6216\u88AB\u8868\u683C\u8F6F\u4EF6\u8F6C\u6210\u6570\u5B57\u90FD\u4F1A\u4F7F\u5176\u65E0\u6548\u3002", en: "The code has 18 characters, the last a GB 32100 check character; a typo, or a spreadsheet turning it into a number, breaks it." },
    fix: { zh: "\u4ECE\u673A\u5173\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u8BC1\u4E66\u4E0A\u6838\u5BF9\u540E\u91CD\u65B0\u586B\u5199\uFF08\u8868\u683C\u4E2D\u8BE5\u5217\u8BBE\u4E3A\u6587\u672C\u683C\u5F0F\uFF09\u3002", en: "Copy the code again from the organ\u2019s certificate (format the column as text in the spreadsheet)." }
  },
  "roster-division-code-invalid": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u4E2D\u7684\u884C\u653F\u533A\u5212\u4EE3\u7801\u683C\u5F0F\u4E0D\u5BF9", en: "Invalid division code in the roster" },
    message: { zh: "{organ}\u7684\u884C\u653F\u533A\u5212\u4EE3\u7801\u201C{value}\u201D\u5E94\u4E3A6\u4F4D\u30019\u4F4D\u621612\u4F4D\u6570\u5B57", en: 'Division code "{value}" of {organ} should be 6, 9 or 12 digits' },
    cause: { zh: "\u884C\u653F\u533A\u5212\u4EE3\u7801\u4E3A6\u4F4D\uFF08\u53BF\u7EA7\u53CA\u4EE5\u4E0A\uFF09\u62169/12\u4F4D\uFF08\u4E61\u9547\u3001\u6751\uFF09\u6570\u5B57\u3002", en: "Division codes have 6 digits (county and above) or 9/12 digits (township, village)." },
    fix: { zh: "\u6309\u6C11\u653F\u90E8\u516C\u5E03\u7684\u884C\u653F\u533A\u5212\u4EE3\u7801\u586B\u5199\u3002", en: "Use the code published by the Ministry of Civil Affairs." }
  },
  "roster-deadline-invalid": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u4E2D\u7684\u62A5\u9001\u671F\u9650\u4E0D\u662F\u65E5\u671F", en: "Roster deadline is not a date" },
    message: { zh: "{organ}\u7684\u62A5\u9001\u671F\u9650\u201C{value}\u201D\u4E0D\u662F\u65E5\u671F\uFF0C\u5DF2\u5FFD\u7565", en: 'Deadline "{value}" of {organ} is not a date and is ignored' },
    cause: { zh: "\u62A5\u9001\u671F\u9650\u5E94\u5199\u6210\u65E5\u671F\uFF0C\u5982 2025-02-20 \u6216 2025\u5E742\u670820\u65E5\u3002", en: "A deadline is a date such as 2025-02-20 or 2025\u5E742\u670820\u65E5." },
    fix: { zh: "\u6539\u4E3A\u6709\u6548\u65E5\u671F\u3002", en: "Enter a valid date." }
  },
  "roster-duplicate-entry": {
    severity: "error",
    title: { zh: "\u540D\u5355\u4E2D\u91CD\u590D\u7684\u673A\u5173", en: "Organ listed twice in the roster" },
    message: {
      zh: "\u540D\u5355{at}\u7684\u201C{organ}\u201D\u4E0E{first}\u7684\u201C{firstName}\u201D\u91CD\u590D\uFF08\u6807\u8BC6\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u540C\u4E00\u4E0A\u7EA7\u4E0B\u7684\u540D\u79F0\u76F8\u540C\uFF09\uFF0C\u5DF2\u5FFD\u7565\u540E\u8005",
      en: '"{organ}" at {at} repeats "{firstName}" at {first} (same id, credit code, or name under the same parent); the later one is ignored'
    },
    cause: { zh: "\u540C\u4E00\u673A\u5173\u5728\u540D\u5355\u4E2D\u51FA\u73B0\u4E24\u6B21\uFF0C\u4F1A\u4F7F\u62A5\u544A\u65E0\u6CD5\u552F\u4E00\u5BF9\u5E94\u3002", en: "An organ listed twice would make reports match ambiguously." },
    fix: { zh: "\u5220\u9664\u91CD\u590D\u7684\u884C\uFF0C\u6216\u66F4\u6B63\u5176\u540D\u79F0\u3001\u4EE3\u7801\u3002", en: "Delete the repeated row, or correct its name or code." }
  },
  "roster-unknown-parent": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u4E2D\u7684\u4E0A\u7EA7\u4E0D\u5728\u540D\u5355\u5185", en: "Parent not in the roster" },
    message: {
      zh: "\u4E0A\u7EA7\u201C{parent}\u201D\u4E0D\u5728\u540D\u5355\u4E2D\uFF08{count} \u4E2A\u673A\u5173\uFF1A{organs}\uFF1B\u4F4D\u7F6E\uFF1A{at}\uFF09\uFF0C\u8FD9\u4E9B\u673A\u5173\u6309\u6CA1\u6709\u4E0A\u7EA7\u5904\u7406",
      en: 'Parent "{parent}" is not in the roster ({count} organ(s): {organs}; at {at}); they are taken as having no parent'
    },
    cause: { zh: "\u201C\u4E0A\u7EA7\u201D\u5E94\u586B\u5199\u540D\u5355\u4E2D\u53E6\u4E00\u673A\u5173\u7684\u6807\u8BC6\u3001\u540D\u79F0\u6216\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3002", en: "The parent must be the id, name or credit code of another organ in the roster." },
    fix: { zh: "\u628A\u4E0A\u7EA7\u673A\u5173\u4E5F\u5217\u5165\u540D\u5355\uFF0C\u6216\u66F4\u6B63\u4E0A\u7EA7\u540D\u79F0\uFF1B\u53EA\u6C47\u603B\u672C\u7EA7\u540D\u5355\u65F6\u53EF\u5C06\u201C\u4E0A\u7EA7\u201D\u7559\u7A7A\u3002", en: "Add the parent to the roster, or correct the name; leave it empty for a one-level roster." }
  },
  "roster-parent-cycle": {
    severity: "error",
    title: { zh: "\u540D\u5355\u4E0A\u4E0B\u7EA7\u5173\u7CFB\u6210\u73AF", en: "Parent links form a cycle" },
    message: { zh: "\u540D\u5355\u4E0A\u4E0B\u7EA7\u5173\u7CFB\u6210\u73AF\uFF1A{chain}\uFF1B\u5DF2\u53BB\u6389{organ}\u7684\u4E0A\u7EA7", en: "The parent links form a cycle: {chain}; the parent of {organ} is dropped" },
    cause: { zh: "\u67D0\u673A\u5173\u76F4\u63A5\u6216\u95F4\u63A5\u628A\u81EA\u5DF1\u5F53\u4F5C\u4E0A\u7EA7\u3002", en: "An organ is, directly or through others, its own parent." },
    fix: { zh: "\u66F4\u6B63\u201C\u4E0A\u7EA7\u201D\u4E00\u5217\uFF0C\u4F7F\u4E61\u9547 \u2192 \u53BF \u2192 \u5E02 \u2192 \u7701\u9010\u7EA7\u5411\u4E0A\u3002", en: "Correct the parent column so that links go township \u2192 county \u2192 city \u2192 province." }
  },
  "roster-empty": {
    severity: "warning",
    title: { zh: "\u540D\u5355\u4E3A\u7A7A", en: "Roster is empty" },
    message: { zh: "\u540D\u5355\u4E2D\u6CA1\u6709\u4EFB\u4F55\u673A\u5173", en: "The roster lists no organ" },
    cause: { zh: "\u540D\u5355\u6587\u4EF6\u6CA1\u6709\u6570\u636E\u884C\uFF0C\u6216\u6240\u6709\u884C\u90FD\u6709\u95EE\u9898\u88AB\u8DF3\u8FC7\u3002", en: "The roster has no data rows, or every row was skipped." },
    fix: { zh: "\u68C0\u67E5\u540D\u5355\u6587\u4EF6\u7684\u5185\u5BB9\u548C\u8868\u5934\u3002", en: "Check the roster\u2019s content and headers." }
  },
  // Matching a report to the roster
  "roster-no-match": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u673A\u5173\u4E0D\u5728\u540D\u5355\u4E2D", en: "Organ not in the roster" },
    message: { zh: "\u201C{organ}\u201D\uFF08\u4EE3\u7801\uFF1A{code}\uFF09\u4E0E\u540D\u5355\u4E2D\u4EFB\u4F55\u673A\u5173\u90FD\u5BF9\u4E0D\u4E0A", en: '"{organ}" (code: {code}) matches no organ in the roster' },
    cause: { zh: "\u62A5\u544A\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3001\u884C\u653F\u533A\u5212\u4EE3\u7801\u548C\u540D\u79F0\u90FD\u4E0E\u540D\u5355\u4E0D\u7B26\uFF1A\u53EF\u80FD\u4E0D\u5C5E\u4E8E\u672C\u6B21\u6C47\u603B\u8303\u56F4\uFF0C\u6216\u540D\u79F0\u3001\u4EE3\u7801\u586B\u5199\u6709\u8BEF\u3002", en: "Neither the credit code, the division code nor the name matches the roster: the organ may not belong here, or its name or code is wrong." },
    fix: { zh: "\u6838\u5BF9\u62A5\u544A\u4E2D\u7684\u673A\u5173\u540D\u79F0\u548C\u4EE3\u7801\uFF1B\u5982\u786E\u5E94\u62A5\u9001\uFF0C\u628A\u5B83\u52A0\u5165\u540D\u5355\uFF08\u6216\u5728\u540D\u5355\u4E2D\u8865\u5145\u522B\u540D\uFF09\u3002", en: "Check the organ\u2019s name and code in the report; if it should file, add it to the roster (or add an alias)." }
  },
  "roster-match-ambiguous": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u5BF9\u5E94\u540D\u5355\u4E2D\u591A\u4E2A\u673A\u5173", en: "Report matches several roster entries" },
    message: { zh: "\u201C{organ}\u201D\u6309{by}\u53EF\u5BF9\u5E94\u540D\u5355\u4E2D\u591A\u4E2A\u673A\u5173\uFF1A{entries}", en: '"{organ}" matches several roster entries by {by}: {entries}' },
    cause: { zh: "\u540D\u5355\u4E2D\u6709\u540C\u540D\uFF08\u6216\u522B\u540D\u76F8\u540C\u3001\u4EE3\u7801\u76F8\u540C\uFF09\u7684\u673A\u5173\uFF0C\u62A5\u544A\u4E2D\u53C8\u6CA1\u6709\u53EF\u533A\u5206\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3002", en: "The roster has organs with the same name, alias or code, and the report has no credit code to tell them apart." },
    fix: { zh: "\u5728\u62A5\u544A\u4E2D\u586B\u5199\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216\u5728\u540D\u5355\u4E2D\u533A\u5206\u540D\u79F0\u3001\u522B\u540D\u3002", en: "Enter the credit code in the report, or make the roster\u2019s names and aliases distinct." }
  },
  "roster-match-conflict": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u7684\u4EE3\u7801\u4E0E\u540D\u79F0\u6307\u5411\u4E0D\u540C\u673A\u5173", en: "Code and name point to different organs" },
    message: {
      zh: "\u201C{organ}\u201D\u6309{by}\u5BF9\u5E94\u201C{entry}\u201D\uFF0C\u6309\u540D\u79F0\u5374\u5BF9\u5E94\u201C{other}\u201D\uFF1B\u5DF2\u6309\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3001\u884C\u653F\u533A\u5212\u4EE3\u7801\u3001\u540D\u79F0\u7684\u987A\u5E8F\u53D6\u524D\u8005\uFF08\u6309\u540D\u79F0\u53D6\u820D\u65F6\u53D6\u540E\u8005\uFF09",
      en: '"{organ}" matches "{entry}" by {by} but "{other}" by name; the match follows credit code, then division code, then name'
    },
    cause: { zh: "\u62A5\u544A\u4E2D\u7684\u4EE3\u7801\u53EF\u80FD\u6284\u9519\uFF0C\u6216\u540D\u5355\u4E2D\u7684\u4EE3\u7801\u3001\u540D\u79F0\u6709\u8BEF\u3002", en: "The code in the report may be mistyped, or the roster\u2019s code or name is wrong." },
    fix: { zh: "\u6838\u5BF9\u62A5\u544A\u548C\u540D\u5355\u4E2D\u7684\u673A\u5173\u540D\u79F0\u4E0E\u4EE3\u7801\u3002", en: "Check the organ\u2019s name and code in the report and in the roster." }
  },
  "roster-name-differs": {
    severity: "info",
    title: { zh: "\u62A5\u544A\u673A\u5173\u540D\u79F0\u4E0E\u540D\u5355\u4E0D\u540C", en: "Organ name differs from the roster" },
    message: { zh: "\u201C{organ}\u201D\u6309\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801 {code} \u5BF9\u5E94\u540D\u5355\u4E2D\u7684\u201C{entry}\u201D\uFF0C\u4F46\u540D\u79F0\u4E0D\u540C", en: '"{organ}" matches "{entry}" by credit code {code}, but the names differ' },
    cause: { zh: "\u673A\u5173\u66F4\u540D\uFF0C\u6216\u62A5\u544A\u4E2D\u7684\u540D\u79F0\u4E0E\u540D\u5355\u5199\u6CD5\u4E0D\u540C\u3002", en: "The organ was renamed, or the report writes its name differently." },
    fix: { zh: "\u6838\u5BF9\u540D\u79F0\uFF1B\u53EF\u5728\u540D\u5355\u4E2D\u628A\u62A5\u544A\u4E2D\u7684\u5199\u6CD5\u52A0\u4E3A\u522B\u540D\u3002", en: "Check the name; add the report\u2019s spelling to the roster as an alias." }
  },
  "roster-code-mismatch": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4E0E\u540D\u5355\u4E0D\u7B26", en: "Credit code differs from the roster" },
    message: {
      zh: "\u201C{organ}\u201D\u6309\u540D\u79F0\u5BF9\u5E94\u540D\u5355\u4E2D\u7684\u201C{entry}\u201D\uFF0C\u4F46\u62A5\u544A\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4E3A {actual}\uFF0C\u540D\u5355\u4E2D\u4E3A {expected}",
      en: '"{organ}" matches "{entry}" by name, but its credit code is {actual} where the roster has {expected}'
    },
    cause: { zh: "\u62A5\u544A\u6216\u540D\u5355\u4E2D\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6284\u9519\u3002", en: "The credit code is mistyped in the report or in the roster." },
    fix: { zh: "\u4ECE\u673A\u5173\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u8BC1\u4E66\u4E0A\u6838\u5BF9\u540E\u66F4\u6B63\u3002", en: "Check the code against the organ\u2019s certificate and correct it." }
  },
  // Aggregation
  "aggregate-no-tables": {
    severity: "error",
    title: { zh: "\u8BE5\u683C\u5F0F\u6CA1\u6709\u53EF\u6C47\u603B\u7684\u8868\u683C", en: "Nothing to sum in this format" },
    message: { zh: "\u201C{format}\u201D\u683C\u5F0F\u6CA1\u6709\u7EDF\u8BA1\u8868\u683C\uFF0C\u65E0\u6CD5\u6309\u5355\u5143\u683C\u6C47\u603B", en: 'Format "{format}" has no tables; nothing can be summed cell by cell' },
    cause: { zh: "2019\u5E74\u4EE5\u524D\u7684\u53D9\u8FF0\u5F0F\u62A5\u544A\u6CA1\u6709\u7EDF\u4E00\u7684\u7EDF\u8BA1\u8868\u683C\u3002", en: "Narrative reports from before 2019 have no common tables." },
    fix: { zh: "\u6C47\u603B2019\u5E74\u53CA\u4EE5\u540E\u7684\u5E74\u5EA6\u62A5\u544A\uFF08gov-2019 \u6216 gov-2021 \u683C\u5F0F\uFF09\u3002", en: "Aggregate reports for 2019 or later (format gov-2019 or gov-2021)." }
  },
  "aggregate-organ-not-in-roster": {
    severity: "info",
    title: { zh: "\u6C47\u603B\u673A\u5173\u4E0D\u5728\u540D\u5355\u4E2D", en: "Aggregating organ not in the roster" },
    message: { zh: "\u6C47\u603B\u673A\u5173\u201C{organ}\u201D\u4E0D\u5728\u540D\u5355\u4E2D\uFF0C\u540D\u5355\u4E2D\u6CA1\u6709\u4E0A\u7EA7\u7684 {count} \u4E2A\u673A\u5173\u4F5C\u4E3A\u6C47\u603B\u5BF9\u8C61", en: '"{organ}" is not in the roster; the {count} roster organ(s) without a parent are its members' },
    cause: { zh: "\u540D\u5355\u53EA\u5217\u51FA\u4E86\u4E0B\u7EA7\u673A\u5173\uFF0C\u6CA1\u6709\u5217\u51FA\u6C47\u603B\u673A\u5173\u672C\u8EAB\u3002", en: "The roster lists only the organs below, not the aggregating organ itself." },
    fix: { zh: "\u65E0\u9700\u5904\u7406\uFF1B\u5982\u9700\u591A\u7EA7\u6C47\u603B\uFF0C\u628A\u672C\u7EA7\u673A\u5173\u5217\u5165\u540D\u5355\u5E76\u5728\u4E0B\u7EA7\u7684\u201C\u4E0A\u7EA7\u201D\u5217\u586B\u5199\u5B83\u3002", en: "Nothing to do; for several levels, list this organ and name it as the parent of the organs below." }
  },
  "aggregate-no-members": {
    severity: "warning",
    title: { zh: "\u6CA1\u6709\u53EF\u8BA1\u5165\u6C47\u603B\u7684\u62A5\u544A", en: "No report to sum" },
    message: { zh: "{organ}\uFF1A\u6CA1\u6709\u4E00\u4EFD\u62A5\u544A\u8BA1\u5165\u6C47\u603B\uFF0C\u6C47\u603B\u8868\u5168\u90E8\u4E3A\u201C\u672A\u586B\u5199\u201D", en: '{organ}: no report is counted; every cell of the aggregate is "not filled"' },
    cause: { zh: "\u6CA1\u6709\u6536\u5230\u62A5\u544A\uFF0C\u6216\u6536\u5230\u7684\u62A5\u544A\u90FD\u88AB\u9000\u56DE\u3001\u91CD\u590D\u5F85\u6838\u5B9E\u6216\u4E0D\u5C5E\u4E8E\u672C\u6B21\u6C47\u603B\u3002", en: "No report was received, or every report was rejected, duplicated, or out of scope." },
    fix: { zh: "\u67E5\u770B\u5B8C\u6574\u6027\u6E05\u5355\uFF0C\u5904\u7406\u672A\u62A5\u3001\u9000\u56DE\u548C\u91CD\u590D\u62A5\u9001\u7684\u5355\u4F4D\u3002", en: "See the completeness lists and deal with missing, rejected and duplicate filings." }
  },
  "aggregate-member-missing": {
    severity: "warning",
    title: { zh: "\u672A\u62A5\u9001", en: "Not submitted" },
    message: { zh: "{organ}\u672A\u62A5\u9001{year}\u5E74\u5EA6\u62A5\u544A", en: "{organ} has not submitted its {year} report" },
    cause: { zh: "\u540D\u5355\u4E2D\u7684\u8BE5\u673A\u5173\u6CA1\u6709\u5BF9\u5E94\u7684\u62A5\u544A\uFF08\u6216\u53EA\u62A5\u9001\u4E86\u5176\u4ED6\u5E74\u5EA6\u3001\u5176\u4ED6\u683C\u5F0F\u7684\u62A5\u544A\uFF09\u3002", en: "No report of this year and format matches this roster entry." },
    fix: { zh: "\u7763\u4FC3\u5176\u62A5\u9001\uFF1B\u5982\u62A5\u544A\u5DF2\u6536\u5230\uFF0C\u6838\u5BF9\u62A5\u544A\u4E2D\u7684\u673A\u5173\u540D\u79F0\u548C\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u662F\u5426\u4E0E\u540D\u5355\u4E00\u81F4\u3002", en: "Ask the organ to submit; if it did, check that the report\u2019s name and credit code match the roster." }
  },
  "aggregate-outside-organ": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u4E0D\u5C5E\u4E8E\u672C\u6B21\u6C47\u603B\u8303\u56F4", en: "Report outside this aggregate" },
    message: { zh: "{organ}\u5728\u540D\u5355\u4E2D\u5C5E\u4E8E\u201C{parent}\u201D\uFF0C\u4E0D\u662F{aggregate}\u7684\u4E0B\u7EA7\uFF0C\u672A\u8BA1\u5165", en: '{organ} belongs to "{parent}" in the roster, not to {aggregate}; not counted' },
    cause: { zh: "\u8BE5\u62A5\u544A\u5BF9\u5E94\u540D\u5355\u4E2D\u5176\u4ED6\u5730\u533A\u6216\u5176\u4ED6\u4E0A\u7EA7\u7684\u673A\u5173\u3002", en: "The report matches an organ of another area or parent in the roster." },
    fix: { zh: "\u628A\u62A5\u544A\u4EA4\u7ED9\u5176\u6240\u5C5E\u7684\u6C47\u603B\u673A\u5173\uFF1B\u5982\u540D\u5355\u6709\u8BEF\uFF0C\u66F4\u6B63\u5176\u201C\u4E0A\u7EA7\u201D\u3002", en: "Pass the report to the organ it belongs to; if the roster is wrong, correct its parent." }
  },
  "aggregate-year-mismatch": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u5E74\u5EA6\u4E0E\u6C47\u603B\u5E74\u5EA6\u4E0D\u540C", en: "Report year differs" },
    message: { zh: "{organ}\u7684\u62A5\u544A\u662F{actual}\u5E74\u5EA6\u7684\uFF0C\u672C\u6B21\u6C47\u603B{expected}\u5E74\u5EA6\uFF0C\u672A\u8BA1\u5165", en: "The report of {organ} is for {actual}, this aggregate is for {expected}; not counted" },
    cause: { zh: "\u4E0D\u540C\u5E74\u5EA6\u7684\u6570\u636E\u4E0D\u80FD\u76F8\u52A0\u3002", en: "Figures of different years cannot be added." },
    fix: { zh: "\u8BF7\u8BE5\u673A\u5173\u62A5\u9001{expected}\u5E74\u5EA6\u7684\u62A5\u544A\u3002", en: "Ask the organ for its {expected} report." }
  },
  "aggregate-format-mismatch": {
    severity: "warning",
    title: { zh: "\u62A5\u544A\u683C\u5F0F\u4E0E\u6C47\u603B\u683C\u5F0F\u4E0D\u540C", en: "Report format differs" },
    message: { zh: "{organ}\u7684\u62A5\u544A\u4F7F\u7528\u201C{actual}\u201D\u683C\u5F0F\uFF0C\u672C\u6B21\u6C47\u603B\u4F7F\u7528\u201C{expected}\u201D\u683C\u5F0F\uFF0C\u672A\u8BA1\u5165", en: 'The report of {organ} uses format "{actual}", this aggregate uses "{expected}"; not counted' },
    cause: { zh: "\u4E0D\u540C\u683C\u5F0F\u7684\u8868\u683C\u884C\u5217\u4E0D\u540C\uFF0C\u4E0D\u80FD\u9010\u683C\u76F8\u52A0\u3002", en: "Different formats have different rows and columns and cannot be added cell by cell." },
    fix: { zh: "\u8BF7\u8BE5\u673A\u5173\u6309{expected}\u683C\u5F0F\u91CD\u65B0\u586B\u62A5\u3002", en: "Ask the organ to fill in the {expected} template." }
  },
  "aggregate-member-rejected": {
    severity: "warning",
    title: { zh: "\u6709\u9519\u8BEF\u7684\u62A5\u544A\u672A\u8BA1\u5165", en: "Report with errors not counted" },
    message: { zh: "{organ}\u7684\u62A5\u544A\u6709 {count} \u4E2A\u9519\u8BEF\uFF0C\u672A\u8BA1\u5165\u6C47\u603B", en: "The report of {organ} has {count} error(s) and is not counted" },
    cause: { zh: "\u9ED8\u8BA4\u53EA\u6C47\u603B\u6CA1\u6709\u9519\u8BEF\u7684\u62A5\u544A\uFF0C\u4EE5\u514D\u628A\u9519\u8BEF\u6570\u636E\u52A0\u8FDB\u6C47\u603B\u8868\u3002", en: "By default only reports without errors are summed, so wrong figures do not enter the aggregate." },
    fix: { zh: "\u8BF7\u8BE5\u673A\u5173\u6309\u9519\u8BEF\u63D0\u793A\u66F4\u6B63\u540E\u91CD\u65B0\u62A5\u9001\uFF1B\u786E\u9700\u5148\u884C\u6C47\u603B\u7684\uFF0C\u53EF\u9009\u62E9\u201C\u542B\u6709\u9519\u8BEF\u7684\u62A5\u544A\u4E5F\u8BA1\u5165\u201D\u3002", en: "Ask the organ to correct the errors and resubmit; to sum it anyway, use the option that includes reports with errors." }
  },
  "aggregate-includes-errors": {
    severity: "warning",
    title: { zh: "\u6C47\u603B\u4E2D\u542B\u6709\u6709\u9519\u8BEF\u7684\u62A5\u544A", en: "Aggregate includes a report with errors" },
    message: { zh: "{organ}\u7684\u62A5\u544A\u6709 {count} \u4E2A\u9519\u8BEF\uFF0C\u6309\u8BBE\u7F6E\u4ECD\u8BA1\u5165\u6C47\u603B", en: "The report of {organ} has {count} error(s) and is counted because of the option" },
    cause: { zh: "\u9009\u62E9\u4E86\u201C\u542B\u6709\u9519\u8BEF\u7684\u62A5\u544A\u4E5F\u8BA1\u5165\u201D\u3002", en: "The option to include reports with errors is on." },
    fix: { zh: "\u6C47\u603B\u8868\u53EF\u80FD\u56E0\u6B64\u4E0D\u5E73\u8861\uFF1B\u8BE5\u673A\u5173\u66F4\u6B63\u540E\u8BF7\u91CD\u65B0\u6C47\u603B\u3002", en: "The aggregate may not balance; aggregate again once the organ has corrected its report." }
  },
  "aggregate-duplicate-submission": {
    severity: "error",
    title: { zh: "\u540C\u4E00\u673A\u5173\u62A5\u9001\u4E86\u591A\u4EFD\u4E0D\u540C\u7684\u62A5\u544A", en: "Several different reports from one organ" },
    message: { zh: "{organ}\u62A5\u9001\u4E86 {count} \u4EFD\u4E0D\u540C\u7684\u62A5\u544A\uFF08{files}\uFF09\uFF0C\u5728\u786E\u8BA4\u4EE5\u54EA\u4EFD\u4E3A\u51C6\u4E4B\u524D\u90FD\u4E0D\u8BA1\u5165", en: "{organ} submitted {count} different reports ({files}); none is counted until one is chosen" },
    cause: { zh: "\u540C\u4E00\u673A\u5173\u7684\u4E24\u4EFD\u62A5\u544A\u5185\u5BB9\u4E0D\u540C\uFF08\u6587\u4EF6\u7684 SHA-256 \u4E0D\u540C\uFF09\uFF0C\u65E0\u6CD5\u5224\u65AD\u54EA\u4EFD\u6709\u6548\uFF0C\u8BA1\u5165\u4EFB\u4E00\u4EFD\u90FD\u53EF\u80FD\u51FA\u9519\u3002", en: "Two reports of one organ differ (different SHA-256), so it is not clear which one stands." },
    fix: { zh: "\u4E0E\u8BE5\u673A\u5173\u786E\u8BA4\u6709\u6548\u7684\u7248\u672C\uFF0C\u79FB\u9664\u5176\u4ED6\u7248\u672C\u540E\u91CD\u65B0\u6C47\u603B\u3002", en: "Ask the organ which version stands, remove the others, and aggregate again." }
  },
  "aggregate-identical-copy": {
    severity: "info",
    title: { zh: "\u540C\u4E00\u6587\u4EF6\u91CD\u590D\u62A5\u9001", en: "The same file sent twice" },
    message: { zh: "{organ}\u7684\u201C{file}\u201D\u4E0E\u201C{original}\u201D\u662F\u540C\u4E00\u6587\u4EF6\uFF08SHA-256 \u76F8\u540C\uFF09\uFF0C\u53EA\u8BA1\u4E00\u6B21", en: '"{file}" of {organ} is the same file as "{original}" (same SHA-256); counted once' },
    cause: { zh: "\u540C\u4E00\u4EFD\u6587\u4EF6\u88AB\u62A5\u9001\u4E86\u591A\u6B21\u3002", en: "The same file was submitted more than once." },
    fix: { zh: "\u65E0\u9700\u5904\u7406\uFF1B\u53EF\u5220\u9664\u591A\u4F59\u7684\u526F\u672C\u3002", en: "Nothing to do; the extra copy may be removed." }
  },
  "aggregate-superseded": {
    severity: "info",
    title: { zh: "\u4E0B\u7EA7\u6C47\u603B\u62A5\u544A\u7531\u91CD\u65B0\u6C47\u603B\u4EE3\u66FF", en: "Submitted aggregate replaced by recomputation" },
    message: {
      zh: "{organ}\u62A5\u9001\u7684\u662F\u6C47\u603B\u62A5\u544A\uFF0C\u800C\u5176\u4E0B\u7EA7\u7684\u62A5\u544A\u4E5F\u5DF2\u6536\u5230\uFF1B\u4E3A\u514D\u91CD\u590D\u8BA1\u7B97\uFF0C\u6539\u7528\u4E0B\u7EA7\u62A5\u544A\u91CD\u65B0\u6C47\u603B\uFF0C\u8BE5\u6C47\u603B\u62A5\u544A\u4E0D\u8BA1\u5165",
      en: "{organ} sent an aggregate and the reports of its members were received too; to avoid double counting the members are summed again and the aggregate is not counted"
    },
    cause: { zh: "\u540C\u4E00\u4E0B\u7EA7\u7684\u6570\u636E\u4E0D\u80FD\u65E2\u4ECE\u5176\u6C47\u603B\u62A5\u544A\u3001\u53C8\u4ECE\u5176\u4E0B\u7EA7\u62A5\u544A\u5404\u7B97\u4E00\u6B21\u3002", en: "The same figures must not be counted once from the aggregate and again from its members." },
    fix: { zh: "\u65E0\u9700\u5904\u7406\uFF1B\u5982\u5E0C\u671B\u4F7F\u7528\u5176\u6C47\u603B\u62A5\u544A\uFF0C\u79FB\u9664\u5176\u4E0B\u7EA7\u7684\u62A5\u544A\u3002", en: "Nothing to do; to use the submitted aggregate instead, remove its members\u2019 reports." }
  },
  "aggregate-child-incomplete": {
    severity: "warning",
    title: { zh: "\u4E0B\u7EA7\u6C47\u603B\u4E0D\u5B8C\u6574", en: "A member aggregate is incomplete" },
    message: {
      zh: "{organ}\u7684\u6C47\u603B\u4E0D\u5B8C\u6574\uFF1A\u5E94\u62A5 {expected} \u5BB6\uFF0C\u5B9E\u62A5 {received} \u5BB6\uFF0C\u8BA1\u5165 {accepted} \u5BB6",
      en: "The aggregate of {organ} is incomplete: {expected} expected, {received} received, {accepted} counted"
    },
    cause: { zh: "\u8BE5\u4E0B\u7EA7\u7684\u540D\u5355\u4E2D\u6709\u672A\u62A5\u3001\u9000\u56DE\u6216\u91CD\u590D\u62A5\u9001\u7684\u673A\u5173\u3002", en: "Some organs below it have not filed, were rejected, or filed twice." },
    fix: { zh: "\u67E5\u770B\u8BE5\u4E0B\u7EA7\u7684\u5B8C\u6574\u6027\u6E05\u5355\u5E76\u5904\u7406\u3002", en: "See that member\u2019s completeness lists." }
  },
  "aggregate-blank-cells": {
    severity: "info",
    title: { zh: "\u90E8\u5206\u5355\u5143\u683C\u53EA\u6709\u90E8\u5206\u673A\u5173\u586B\u5199", en: "Some cells were filled by only some members" },
    message: {
      zh: "{organ}\uFF1A{count} \u4E2A\u5355\u5143\u683C\u53EA\u6709\u90E8\u5206\u673A\u5173\u586B\u5199\uFF0C\u6C47\u603B\u503C\u53EA\u542B\u5DF2\u586B\u5199\u7684\u673A\u5173\uFF08\u5982 {example}\uFF09",
      en: "{organ}: {count} cell(s) were filled by only some members; their sums cover the members that filled them (e.g. {example})"
    },
    cause: { zh: "\u7A7A\u767D\u5355\u5143\u683C\u8868\u793A\u201C\u672A\u586B\u5199\u201D\uFF0C\u4E0D\u7B49\u4E8E 0\uFF0C\u6C47\u603B\u65F6\u4E0D\u8BA1\u5165\u3002", en: 'A blank cell means "not filled", not 0, and adds nothing.' },
    fix: { zh: "\u8BF7\u76F8\u5173\u673A\u5173\u628A\u6CA1\u6709\u53D1\u751F\u7684\u4E8B\u9879\u586B 0\uFF0C\u4F7F\u6C47\u603B\u5B8C\u6574\u3002", en: "Ask the members to enter 0 where nothing happened." }
  }
};

// ../core/src/diagnostics/codes/cli.ts
var cliCodes = {
  "file-unreadable": {
    severity: "error",
    title: { zh: "\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6", en: "File cannot be read" },
    message: { zh: "\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\u201C{file}\u201D\uFF1A{reason}", en: 'Cannot read the file "{file}": {reason}' },
    cause: {
      zh: "\u6587\u4EF6\u6CA1\u6709\u8BFB\u53D6\u6743\u9650\u3001\u6B63\u88AB\u5176\u4ED6\u7A0B\u5E8F\u72EC\u5360\uFF0C\u6216\u5728\u8BFB\u53D6\u65F6\u88AB\u79FB\u8D70\u3002",
      en: "The file has no read permission, is locked by another program, or was moved while being read."
    },
    fix: {
      zh: "\u5173\u95ED\u5360\u7528\u8BE5\u6587\u4EF6\u7684\u7A0B\u5E8F\uFF08\u5982 Excel\u3001WPS\uFF09\uFF0C\u68C0\u67E5\u6587\u4EF6\u6743\u9650\uFF0C\u6216\u628A\u6587\u4EF6\u590D\u5236\u5230\u672C\u5730\u6587\u4EF6\u5939\u540E\u91CD\u65B0\u8FD0\u884C\u3002",
      en: "Close the program holding the file (Excel, WPS), check its permissions, or copy it to a local folder and run again."
    }
  },
  "received-date-missing": {
    severity: "warning",
    title: { zh: "\u672A\u767B\u8BB0\u6536\u5230\u65E5\u671F", en: "No received date registered" },
    message: {
      zh: "\u6536\u5230\u65E5\u671F\u767B\u8BB0\u8868\u201C{manifest}\u201D\u4E2D\u6CA1\u6709\u6587\u4EF6\u201C{file}\u201D\uFF0C\u65E0\u6CD5\u5224\u65AD\u662F\u5426\u903E\u671F",
      en: 'The received-date register "{manifest}" has no line for "{file}"; lateness cannot be judged'
    },
    cause: {
      zh: "\u7528 --received \u6307\u5B9A\u4E86\u6536\u6587\u767B\u8BB0\u8868\uFF0C\u4F46\u5176\u4E2D\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\u540D\uFF08\u53EF\u80FD\u6587\u4EF6\u6539\u8FC7\u540D\uFF0C\u6216\u6F0F\u767B\u8BB0\uFF09\u3002",
      en: "A register was given with --received, but it has no line with this file name (renamed, or not registered)."
    },
    fix: {
      zh: "\u5728\u767B\u8BB0\u8868\u4E2D\u8865\u4E0A\u4E00\u884C\uFF1A\u6587\u4EF6\u540D\u548C\u6536\u5230\u65E5\u671F\uFF08\u5982 2025-01-15\uFF09\u3002",
      en: "Add a line to the register with the file name and the date received (e.g. 2025-01-15)."
    }
  },
  "compare-duplicate-organ": {
    severity: "warning",
    title: { zh: "\u540C\u4E00\u5E74\u5EA6\u6709\u591A\u4EFD\u62A5\u544A", en: "Several reports for one year" },
    message: {
      zh: "{year}\u5E74\u5EA6\u6709\u591A\u4EFD\u201C{organ}\u201D\u7684\u62A5\u544A\uFF0C\u53EA\u6BD4\u8F83\u4E86\u201C{used}\u201D\uFF0C\u672A\u6BD4\u8F83\u201C{file}\u201D",
      en: 'There are several {year} reports of "{organ}"; "{used}" was compared, "{file}" was not'
    },
    cause: {
      zh: "\u6309\u673A\u5173\u914D\u5BF9\u6BD4\u8F83\u65F6\uFF0C\u540C\u4E00\u6587\u4EF6\u5939\u91CC\u540C\u4E00\u673A\u5173\u7684\u62A5\u544A\u4E0D\u6B62\u4E00\u4EFD\uFF08\u5982\u4FEE\u6539\u540E\u91CD\u62A5\u800C\u65E7\u6587\u4EF6\u672A\u5220\uFF09\u3002",
      en: "Pairing by organ found more than one report of the same organ in one folder (e.g. a corrected copy next to the old one)."
    },
    fix: {
      zh: "\u5220\u9664\u6216\u79FB\u8D70\u4F5C\u5E9F\u7684\u6587\u4EF6\uFF0C\u53EA\u4FDD\u7559\u6700\u7EC8\u7248\u672C\u540E\u91CD\u65B0\u6BD4\u8F83\u3002",
      en: "Remove the superseded file, keep the final version, and compare again."
    }
  }
};

// ../core/src/diagnostics/codes/import.ts
function entry(severity, title, message2, cause, fix) {
  return {
    severity,
    title: { zh: title[0], en: title[1] },
    message: { zh: message2[0], en: message2[1] },
    cause: { zh: cause[0], en: cause[1] },
    fix: { zh: fix[0], en: fix[1] }
  };
}
var SAVE_AS_XLSX = [
  "\u7528 Excel \u6216 WPS \u8868\u683C\u6253\u5F00\u8BE5\u6587\u4EF6\uFF0C\u9009\u62E9\u201C\u6587\u4EF6 \u2192 \u53E6\u5B58\u4E3A\u201D\uFF0C\u4FDD\u5B58\u7C7B\u578B\u9009\u201CExcel \u5DE5\u4F5C\u7C3F\uFF08*.xlsx\uFF09\u201D\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4 .xlsx \u6587\u4EF6\u3002",
  "Open the file in Excel or WPS, choose File \u2192 Save As, pick \u201CExcel Workbook (*.xlsx)\u201D, and submit the .xlsx file."
];
var importCodes = {
  // ── The file itself ────────────────────────────────────────────────────────────────────────
  "import-file-empty": entry(
    "error",
    ["\u6587\u4EF6\u4E3A\u7A7A", "Empty file"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F\u7A7A\u6587\u4EF6\uFF080 \u5B57\u8282\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u53D6", 'The file "{file}" is empty (0 bytes) and cannot be read'],
    ["\u4E0A\u4F20\u6216\u590D\u5236\u65F6\u6587\u4EF6\u672A\u4FDD\u5B58\u5B8C\u6574\uFF0C\u6216\u63D0\u4EA4\u4E86\u4E00\u4E2A\u7A7A\u6587\u4EF6\u3002", "The file was not saved or copied completely, or an empty file was submitted."],
    ["\u5728\u539F\u7535\u8111\u4E0A\u6253\u5F00\u5DE5\u4F5C\u7C3F\u786E\u8BA4\u5185\u5BB9\u5B8C\u6574\uFF0C\u4FDD\u5B58\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Open the workbook on the original computer, check its content, save it and submit it again."]
  ),
  "import-file-too-large": entry(
    "error",
    ["\u6587\u4EF6\u8FC7\u5927", "File too large"],
    ["\u6587\u4EF6\u201C{file}\u201D\u5927\u5C0F\u4E3A {size}\uFF0C\u8D85\u8FC7\u8BFB\u53D6\u4E0A\u9650 {limit}\uFF0C\u672A\u8BFB\u53D6", 'The file "{file}" is {size}, over the limit of {limit}; it was not read'],
    [
      "\u5E74\u62A5\u586B\u62A5\u8868\u4E00\u822C\u53EA\u6709\u51E0\u5341 KB\uFF1B\u8FC7\u5927\u7684\u6587\u4EF6\u901A\u5E38\u5939\u5E26\u4E86\u56FE\u7247\u3001\u5927\u91CF\u65E0\u5173\u5DE5\u4F5C\u8868\u6216\u6570\u636E\u3002",
      "A report workbook is normally a few dozen KB; a very large one usually carries pictures, many unrelated sheets or data."
    ],
    ["\u5220\u9664\u4E0E\u5E74\u62A5\u65E0\u5173\u7684\u5DE5\u4F5C\u8868\u548C\u56FE\u7247\uFF0C\u6216\u5C06\u5E74\u62A5\u8868\u683C\u590D\u5236\u5230\u65B0\u5DE5\u4F5C\u7C3F\uFF08\u5982\u4F7F\u7528\u586B\u62A5\u6A21\u677F\uFF09\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Remove unrelated sheets and pictures, or copy the report tables into a new workbook (e.g. the template), and submit again."]
  ),
  "import-xls": entry(
    "error",
    ["Excel 97-2003 \u683C\u5F0F\uFF08.xls\uFF09", "Excel 97-2003 format (.xls)"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F\u65E7\u7248 Excel 97-2003 \u5DE5\u4F5C\u7C3F\uFF08.xls\uFF09\uFF0C\u4E0D\u80FD\u76F4\u63A5\u8BFB\u53D6\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is an old Excel 97-2003 workbook (.xls); save it as .xlsx'],
    ["\u672C\u5DE5\u5177\u8BFB\u53D6 Office Open XML \u5DE5\u4F5C\u7C3F\uFF08.xlsx\uFF09\uFF1B.xls \u662F 2007 \u5E74\u4EE5\u524D\u7684\u4E8C\u8FDB\u5236\u683C\u5F0F\u3002", "This tool reads Office Open XML workbooks (.xlsx); .xls is the binary format used before 2007."],
    SAVE_AS_XLSX
  ),
  "import-et": entry(
    "error",
    ["WPS \u8868\u683C\u683C\u5F0F\uFF08.et\uFF09", "WPS Spreadsheets format (.et)"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F WPS \u8868\u683C\u4E13\u7528\u683C\u5F0F\uFF08.et\uFF09\uFF0C\u4E0D\u80FD\u76F4\u63A5\u8BFB\u53D6\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is in the WPS Spreadsheets format (.et); save it as .xlsx'],
    [".et \u662F WPS \u7684\u4E8C\u8FDB\u5236\u683C\u5F0F\uFF0C\u53EA\u6709 WPS \u80FD\u5B8C\u6574\u6253\u5F00\u3002", ".et is a binary format of WPS that only WPS opens fully."],
    [
      "\u7528 WPS \u8868\u683C\u6253\u5F00\u8BE5\u6587\u4EF6\uFF0C\u9009\u62E9\u201C\u6587\u4EF6 \u2192 \u53E6\u5B58\u4E3A\u201D\uFF0C\u6587\u4EF6\u7C7B\u578B\u9009\u201CMicrosoft Excel \u6587\u4EF6\uFF08*.xlsx\uFF09\u201D\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4\u3002",
      "Open it in WPS Spreadsheets, choose File \u2192 Save As, type \u201CMicrosoft Excel File (*.xlsx)\u201D, and submit again."
    ]
  ),
  "import-encrypted": entry(
    "error",
    ["\u5DE5\u4F5C\u7C3F\u8BBE\u6709\u6253\u5F00\u5BC6\u7801", "Workbook is password-protected"],
    ["\u6587\u4EF6\u201C{file}\u201D\u8BBE\u7F6E\u4E86\u6253\u5F00\u5BC6\u7801\uFF08\u5DF2\u52A0\u5BC6\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u53D6", 'The file "{file}" is encrypted with a password to open and cannot be read'],
    ["\u8BBE\u7F6E\u4E86\u201C\u6253\u5F00\u6743\u9650\u5BC6\u7801\u201D\u7684\u5DE5\u4F5C\u7C3F\u5185\u5BB9\u7ECF\u8FC7\u52A0\u5BC6\uFF0C\u4E0D\u77E5\u9053\u5BC6\u7801\u65E0\u6CD5\u8BFB\u53D6\u3002", "A workbook with a password to open is encrypted; it cannot be read without the password."],
    [
      "\u5728 Excel \u4E2D\u6253\u5F00\u6587\u4EF6\uFF0C\u9009\u62E9\u201C\u6587\u4EF6 \u2192 \u4FE1\u606F \u2192 \u4FDD\u62A4\u5DE5\u4F5C\u7C3F \u2192 \u7528\u5BC6\u7801\u8FDB\u884C\u52A0\u5BC6\u201D\uFF0C\u6E05\u7A7A\u5BC6\u7801\u540E\u4FDD\u5B58\uFF08WPS\uFF1A\u201C\u6587\u4EF6 \u2192 \u6587\u6863\u52A0\u5BC6 \u2192 \u5BC6\u7801\u52A0\u5BC6\u201D\uFF09\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4\u3002\u5DE5\u4F5C\u8868\u4FDD\u62A4\uFF08\u53EA\u9650\u5236\u7F16\u8F91\uFF09\u4E0D\u5F71\u54CD\u8BFB\u53D6\uFF0C\u4E0D\u5FC5\u53D6\u6D88\u3002",
      "Open it in Excel, choose File \u2192 Info \u2192 Protect Workbook \u2192 Encrypt with Password, clear the password and save (WPS: File \u2192 Document Encryption), then submit again. Sheet protection (editing only) does not matter."
    ]
  ),
  "import-ods": entry(
    "error",
    ["OpenDocument \u8868\u683C\uFF08.ods\uFF09", "OpenDocument spreadsheet (.ods)"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F OpenDocument \u8868\u683C\uFF08.ods\uFF09\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is an OpenDocument spreadsheet (.ods); save it as .xlsx'],
    [".ods \u662F LibreOffice / WPS \u7B49\u4F7F\u7528\u7684\u5F00\u653E\u6587\u6863\u683C\u5F0F\uFF0C\u672C\u5DE5\u5177\u53EA\u8BFB\u53D6 .xlsx\u3002", ".ods is the OpenDocument format of LibreOffice and others; this tool reads .xlsx only."],
    [
      "\u7528 LibreOffice \u6253\u5F00\u8BE5\u6587\u4EF6\uFF0C\u9009\u62E9\u201C\u6587\u4EF6 \u2192 \u53E6\u5B58\u4E3A\u201D\uFF0C\u6587\u4EF6\u7C7B\u578B\u9009\u201CExcel 2007-365 (.xlsx)\u201D\u5E76\u9009\u62E9\u201C\u4F7F\u7528 Excel 2007-365!\u201D\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4\u3002",
      "Open it in LibreOffice, choose File \u2192 Save As, type \u201CExcel 2007-365 (.xlsx)\u201D, confirm \u201CUse Excel 2007-365!\u201D, and submit again."
    ]
  ),
  "import-csv": entry(
    "error",
    ["\u6587\u672C\u6587\u4EF6\uFF08CSV\uFF09", "Text file (CSV)"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F\u7EAF\u6587\u672C\uFF08CSV \u6216\u5236\u8868\u7B26\u5206\u9694\uFF09\uFF0C\u4E0D\u662F\u5DE5\u4F5C\u7C3F\uFF0C\u8BF7\u4F7F\u7528\u586B\u62A5\u6A21\u677F\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is plain text (CSV or tab-separated), not a workbook; use the template and save as .xlsx'],
    ["CSV \u53EA\u6709\u4E00\u5F20\u8868\u7684\u6587\u5B57\uFF0C\u6CA1\u6709\u5408\u5E76\u5355\u5143\u683C\u548C\u5DE5\u4F5C\u8868\uFF0C\u65E0\u6CD5\u53EF\u9760\u5730\u8BC6\u522B\u5E74\u62A5\u8868\u683C\u3002", "A CSV holds the text of one sheet, with no merged cells or sheets; the report tables cannot be recognised reliably."],
    ["\u628A\u6570\u636E\u586B\u5165\u586B\u62A5\u6A21\u677F\uFF08\u6216\u5728 Excel \u4E2D\u6253\u5F00\u540E\u53E6\u5B58\u4E3A .xlsx\uFF09\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4\u3002", "Enter the figures in the template (or open the file in Excel and save as .xlsx) and submit again."]
  ),
  "import-html-table": entry(
    "error",
    ["\u7F51\u9875\u6587\u4EF6\u4F2A\u88C5\u4E3A\u5DE5\u4F5C\u7C3F", "Web page saved as a workbook"],
    ["\u6587\u4EF6\u201C{file}\u201D\u5B9E\u9645\u4E0A\u662F\u7F51\u9875\uFF08HTML\uFF09\u8868\u683C\uFF0C\u53EA\u662F\u6269\u5C55\u540D\u4E3A {extension}\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is really a web page (HTML) table with the extension {extension}; save it as .xlsx'],
    ["\u4E00\u4E9B\u4E1A\u52A1\u7CFB\u7EDF\u5BFC\u51FA\u7684\u201C.xls\u201D\u5176\u5B9E\u662F\u7F51\u9875\u6587\u4EF6\uFF0CExcel \u80FD\u6253\u5F00\u4F46\u683C\u5F0F\u4E0D\u540C\u3002", "Some systems export \u201C.xls\u201D files that are really web pages; Excel opens them but the format differs."],
    SAVE_AS_XLSX
  ),
  "import-xml-spreadsheet": entry(
    "error",
    ["Excel 2003 XML \u8868\u683C", "Excel 2003 XML spreadsheet"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F Excel 2003 XML \u8868\u683C\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is an Excel 2003 XML spreadsheet; save it as .xlsx'],
    ["\u201CXML \u7535\u5B50\u8868\u683C 2003\u201D\u662F\u65E7\u683C\u5F0F\uFF0C\u672C\u5DE5\u5177\u53EA\u8BFB\u53D6 .xlsx\u3002", "\u201CXML Spreadsheet 2003\u201D is an old format; this tool reads .xlsx only."],
    SAVE_AS_XLSX
  ),
  "import-xlsb": entry(
    "error",
    ["Excel \u4E8C\u8FDB\u5236\u5DE5\u4F5C\u7C3F\uFF08.xlsb\uFF09", "Excel binary workbook (.xlsb)"],
    ["\u6587\u4EF6\u201C{file}\u201D\u662F Excel \u4E8C\u8FDB\u5236\u5DE5\u4F5C\u7C3F\uFF08.xlsb\uFF09\uFF0C\u8BF7\u53E6\u5B58\u4E3A .xlsx", 'The file "{file}" is an Excel binary workbook (.xlsb); save it as .xlsx'],
    [".xlsb \u4EE5\u4E8C\u8FDB\u5236\u4FDD\u5B58\u5DE5\u4F5C\u8868\uFF0C\u672C\u5DE5\u5177\u53EA\u8BFB\u53D6 .xlsx\u3002", ".xlsb stores sheets in binary; this tool reads .xlsx only."],
    SAVE_AS_XLSX
  ),
  "import-not-workbook": entry(
    "error",
    ["\u4E0D\u662F\u5DE5\u4F5C\u7C3F", "Not a workbook"],
    ["\u6587\u4EF6\u201C{file}\u201D\u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F\uFF0C\u800C\u662F{kind}", 'The file "{file}" is not an Excel workbook but {kind}'],
    ["\u63D0\u4EA4\u4E86\u9519\u8BEF\u7684\u6587\u4EF6\uFF0C\u6216\u6587\u4EF6\u6269\u5C55\u540D\u88AB\u6539\u52A8\u3002", "The wrong file was submitted, or its extension was changed."],
    ["\u63D0\u4EA4\u6309\u586B\u62A5\u6A21\u677F\u586B\u5199\u7684 .xlsx \u5DE5\u4F5C\u7C3F\uFF1B\u5E74\u62A5\u6B63\u6587\u8BF7\u6309\u8981\u6C42\u53E6\u884C\u63D0\u4EA4\u3002", "Submit the .xlsx workbook filled from the template; send the report text separately as required."]
  ),
  "import-corrupt": entry(
    "error",
    ["\u6587\u4EF6\u5DF2\u635F\u574F", "File is damaged"],
    ["\u6587\u4EF6\u201C{file}\u201D\u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF08{detail}\uFF09", 'The file "{file}" is damaged or incomplete and cannot be read ({detail})'],
    ["\u6587\u4EF6\u5728\u4F20\u8F93\u6216\u590D\u5236\u65F6\u88AB\u622A\u65AD\uFF0C\u6216\u4FDD\u5B58\u65F6\u51FA\u9519\u3002", "The file was cut short while being sent or copied, or saving failed."],
    ["\u5728\u539F\u7535\u8111\u4E0A\u7528 Excel \u6216 WPS \u6253\u5F00\u786E\u8BA4\u65E0\u8BEF\uFF0C\u91CD\u65B0\u4FDD\u5B58\u4E3A .xlsx \u540E\u518D\u63D0\u4EA4\uFF1B\u6253\u4E0D\u5F00\u7684\u8BF7\u91CD\u65B0\u586B\u62A5\u3002", "Open it on the original computer, save it again as .xlsx and resubmit; if it does not open, fill it in again."]
  ),
  "import-zip-bomb": entry(
    "error",
    ["\u89E3\u538B\u540E\u5185\u5BB9\u8FC7\u5927", "Too large when uncompressed"],
    ["\u6587\u4EF6\u201C{file}\u201D\u89E3\u538B\u540E\u8D85\u8FC7 {limit}\uFF0C\u4E3A\u5B89\u5168\u8D77\u89C1\u505C\u6B62\u8BFB\u53D6", 'The file "{file}" expands to more than {limit} and reading was stopped for safety'],
    [
      ".xlsx \u662F\u538B\u7F29\u5305\uFF1B\u8BE5\u6587\u4EF6\u89E3\u538B\u540E\u7684\u5185\u5BB9\u8FDC\u5927\u4E8E\u6B63\u5E38\u5E74\u62A5\uFF08\u53EF\u80FD\u662F\u5F02\u5E38\u6216\u6076\u610F\u6784\u9020\u7684\u6587\u4EF6\uFF09\u3002",
      "An .xlsx is a zip archive; this one expands far beyond any report workbook (it may be malformed or malicious)."
    ],
    ["\u8BF7\u63D0\u4EA4\u6309\u586B\u62A5\u6A21\u677F\u586B\u5199\u7684\u6B63\u5E38\u5DE5\u4F5C\u7C3F\uFF1B\u5982\u786E\u9700\u8BFB\u53D6\u5927\u6587\u4EF6\uFF0C\u8BF7\u8054\u7CFB\u53BF\u7EA7\u7BA1\u7406\u5458\u8C03\u6574\u8BFB\u53D6\u4E0A\u9650\u3002", "Submit a normal workbook filled from the template; for genuinely large files ask the county administrator to raise the limit."]
  ),
  "import-too-many-cells": entry(
    "error",
    ["\u5355\u5143\u683C\u8FC7\u591A", "Too many cells"],
    ["\u6587\u4EF6\u201C{file}\u201D\u7684\u5355\u5143\u683C\u8D85\u8FC7 {limit} \u4E2A\uFF0C\u4E3A\u5B89\u5168\u8D77\u89C1\u505C\u6B62\u8BFB\u53D6", 'The file "{file}" has more than {limit} cells; reading was stopped for safety'],
    ["\u5E74\u62A5\u8868\u683C\u53EA\u6709\u51E0\u767E\u4E2A\u5355\u5143\u683C\uFF1B\u8D85\u51FA\u4E0A\u9650\u901A\u5E38\u662F\u5DE5\u4F5C\u7C3F\u4E2D\u5939\u5E26\u4E86\u5927\u91CF\u65E0\u5173\u6570\u636E\u3002", "The report tables have a few hundred cells; a workbook over the limit usually carries lots of unrelated data."],
    ["\u5220\u9664\u4E0E\u5E74\u62A5\u65E0\u5173\u7684\u5DE5\u4F5C\u8868\u548C\u6570\u636E\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Remove unrelated sheets and data and submit again."]
  ),
  // ── Finding the official tables ────────────────────────────────────────────────────────────
  "import-no-tables": entry(
    "error",
    ["\u627E\u4E0D\u5230\u5E74\u62A5\u8868\u683C", "No report table found"],
    ["\u6587\u4EF6\u201C{file}\u201D\u4E2D\u627E\u4E0D\u5230\u5E74\u62A5\u7684\u8868\u683C\uFF08\u8868\u4E8C\u3001\u8868\u4E09\u3001\u8868\u56DB\u7684\u884C\u5217\u540D\u79F0\uFF09", 'No report table (the row and column labels of tables II, III, IV) was found in "{file}"'],
    [
      "\u5DE5\u5177\u6309\u5B98\u65B9\u8868\u683C\u7684\u884C\u5217\u540D\u79F0\uFF08\u5982\u201C\u4E00\u3001\u672C\u5E74\u65B0\u6536\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF\u201D\u201C\u81EA\u7136\u4EBA\u201D\uFF09\u67E5\u627E\u8868\u683C\uFF1B\u540D\u79F0\u88AB\u6539\u5199\u6216\u8868\u683C\u662F\u56FE\u7247\u65F6\u65E0\u6CD5\u8BC6\u522B\u3002",
      "Tables are found by their official row and column labels (e.g. \u201C\u4E00\u3001\u672C\u5E74\u65B0\u6536\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF\u201D, \u201C\u81EA\u7136\u4EBA\u201D); rewritten labels or pictures of tables cannot be recognised."
    ],
    ["\u4F7F\u7528\u586B\u62A5\u6A21\u677F\u586B\u5199\uFF0C\u6216\u4FDD\u8BC1\u8868\u683C\u4E2D\u7684\u884C\u5217\u540D\u79F0\u4E0E\u5B98\u65B9\u683C\u5F0F\u4E00\u81F4\u3002", "Use the template, or keep the row and column labels exactly as in the official format."]
  ),
  "import-table-missing": entry(
    "error",
    ["\u7F3A\u5C11\u8868\u683C", "Table missing"],
    ["\u6587\u4EF6\u4E2D\u627E\u4E0D\u5230{table}\uFF08{title}\uFF09", "{table} ({title}) was not found in the file"],
    ["\u8BE5\u8868\u7684\u884C\u5217\u540D\u79F0\u5728\u6240\u6709\u5DE5\u4F5C\u8868\u4E2D\u90FD\u6CA1\u6709\u627E\u5230\u3002", "The labels of this table were not found on any sheet."],
    ["\u8865\u5145\u8BE5\u8868\u683C\uFF08\u53EF\u4ECE\u586B\u62A5\u6A21\u677F\u590D\u5236\uFF09\uFF0C\u884C\u5217\u540D\u79F0\u4FDD\u6301\u4E0E\u5B98\u65B9\u683C\u5F0F\u4E00\u81F4\u3002", "Add the table (copy it from the template), keeping the official labels."]
  ),
  "import-table-duplicate": entry(
    "warning",
    ["\u8868\u683C\u51FA\u73B0\u591A\u6B21", "Table found more than once"],
    ["{table}\u5728\u591A\u5904\u51FA\u73B0\uFF1A\u8BFB\u53D6\u4E86\u5DE5\u4F5C\u8868\u201C{sheet}\u201D{cell} \u5904\u7684\u8868\u683C\uFF0C\u5FFD\u7565\u4E86 {ignored}", '{table} appears more than once: read the one at {cell} on sheet "{sheet}", ignored {ignored}'],
    ["\u5DE5\u4F5C\u7C3F\u4E2D\u6709\u540C\u4E00\u5F20\u8868\u7684\u591A\u4E2A\u526F\u672C\uFF08\u4F8B\u5982\u8349\u7A3F\u548C\u5B9A\u7A3F\u3001\u4E0A\u5E74\u548C\u672C\u5E74\uFF09\u3002", "The workbook holds several copies of the same table (e.g. a draft and a final, last year and this year)."],
    ["\u5220\u9664\u591A\u4F59\u7684\u526F\u672C\uFF0C\u53EA\u4FDD\u7559\u672C\u5E74\u5EA6\u5B9A\u7A3F\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Delete the extra copies, keep this year\u2019s final table, and submit again."]
  ),
  "import-row-missing": entry(
    "error",
    ["\u7F3A\u5C11\u5B98\u65B9\u8868\u683C\u7684\u884C", "Row of the official table missing"],
    ["{table}\u7F3A\u5C11\u201C{label}\u201D\u884C\uFF0C\u8BE5\u884C\u6570\u636E\u672A\u8BFB\u53D6", "{table} lacks the row \u201C{label}\u201D; its figures were not read"],
    ["\u8868\u683C\u4E2D\u627E\u4E0D\u5230\u8BE5\u884C\u7684\u540D\u79F0\uFF1B\u53EF\u80FD\u88AB\u5220\u9664\u3001\u5408\u5E76\u6216\u6539\u5199\u3002", "The row label was not found in the table; the row may have been deleted, merged or reworded."],
    ["\u6309\u5B98\u65B9\u683C\u5F0F\u8865\u4E0A\u8BE5\u884C\uFF08\u540D\u79F0\u4E0E\u683C\u5F0F\u4E00\u81F4\uFF09\u5E76\u586B\u5199\u6570\u636E\uFF0C\u6CA1\u6709\u7684\u586B 0\u3002", "Add the row with its official label and fill it in; enter 0 where there is none."]
  ),
  "import-column-missing": entry(
    "error",
    ["\u7F3A\u5C11\u5B98\u65B9\u8868\u683C\u7684\u5217", "Column of the official table missing"],
    ["{table}\u7F3A\u5C11\u201C{label}\u201D\u5217\uFF0C\u8BE5\u5217\u6570\u636E\u672A\u8BFB\u53D6", "{table} lacks the column \u201C{label}\u201D; its figures were not read"],
    ["\u8868\u5934\u4E2D\u627E\u4E0D\u5230\u8BE5\u5217\u7684\u540D\u79F0\uFF1B\u53EF\u80FD\u88AB\u5220\u9664\u3001\u5408\u5E76\u6216\u6539\u5199\u3002", "The column label was not found in the header; it may have been deleted, merged or reworded."],
    ["\u6309\u5B98\u65B9\u683C\u5F0F\u8865\u4E0A\u8BE5\u5217\u5E76\u586B\u5199\u6570\u636E\uFF0C\u6CA1\u6709\u7684\u586B 0\u3002", "Add the column with its official label and fill it in; enter 0 where there is none."]
  ),
  "import-row-unrecognized": entry(
    "warning",
    ["\u8868\u683C\u4E2D\u6709\u4E0D\u5C5E\u4E8E\u5B98\u65B9\u683C\u5F0F\u7684\u884C", "Row not in the official format"],
    ["{table}\u4E2D\u201C{label}\u201D\u884C\u4E0D\u5C5E\u4E8E{format}\u683C\u5F0F\uFF0C\u5176\u6570\u636E\u672A\u8BFB\u53D6", "The row \u201C{label}\u201D of {table} is not part of the {format} format; its figures were not read"],
    ["\u8868\u683C\u4E2D\u591A\u4E86\u5B98\u65B9\u683C\u5F0F\u6CA1\u6709\u7684\u884C\uFF08\u5982\u5730\u65B9\u81EA\u52A0\u7684\u884C\u6216\u5C0F\u8BA1\u884C\uFF09\u3002", "The table has a row the official format does not have (a local addition or a subtotal)."],
    ["\u5982\u8BE5\u884C\u5E94\u5C5E\u4E8E\u5B98\u65B9\u67D0\u4E00\u884C\uFF0C\u8BF7\u6539\u7528\u5B98\u65B9\u540D\u79F0\uFF1B\u5730\u65B9\u589E\u52A0\u7684\u9879\u76EE\u8BF7\u5728\u6587\u5B57\u90E8\u5206\u8BF4\u660E\u3002", "If it belongs to an official row, use the official label; describe local additions in the text."]
  ),
  "import-format-detected": entry(
    "info",
    ["\u8BC6\u522B\u51FA\u7684\u8868\u683C\u683C\u5F0F", "Table format recognised"],
    ["\u6309\u8868\u683C\u540D\u79F0\u8BC6\u522B\u4E3A{name}\uFF08{format}\uFF09", "Recognised as {name} ({format}) from the table labels"],
    ["2019\u30012020\u5E74\u5EA6\u62A5\u544A\u4F7F\u7528\u8BD5\u884C\u683C\u5F0F\uFF0C2021\u5E74\u5EA6\u8D77\u4F7F\u7528\u65B0\u683C\u5F0F\uFF0C\u4E24\u8005\u8868\u4E8C\u3001\u8868\u4E09\u7684\u884C\u5217\u4E0D\u540C\u3002", "Reports for 2019\u20132020 use the trial format and from 2021 the new one; tables II and III differ."],
    ["\u65E0\u9700\u5904\u7406\uFF1B\u5982\u8BC6\u522B\u7ED3\u679C\u4E0E\u62A5\u544A\u5E74\u5EA6\u4E0D\u7B26\uFF0C\u8BF7\u6362\u7528\u5BF9\u5E94\u5E74\u5EA6\u7684\u586B\u62A5\u6A21\u677F\u3002", "Nothing to do; if it does not fit the report year, use the template of that year."]
  ),
  "import-format-mixed": entry(
    "error",
    ["\u8868\u683C\u6DF7\u7528\u4E86\u4E24\u79CD\u683C\u5F0F", "Tables mix the two formats"],
    [
      "\u8868\u683C\u6DF7\u7528\u4E86\u4E24\u79CD\u683C\u5F0F\uFF1A\u6309{format}\u8BFB\u53D6\uFF0C\u4F46{where}\u4F7F\u7528\u4E86{other}\u7684\u540D\u79F0\uFF08{labels}\uFF09",
      "The tables mix two formats: read as {format}, but {where} uses labels of {other} ({labels})"
    ],
    [
      "2019 \u5E74\u8BD5\u884C\u683C\u5F0F\u4E0E 2021 \u5E74\u683C\u5F0F\u7684\u8868\u4E8C\u3001\u8868\u4E09\uFF08\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406\uFF09\u4E0D\u540C\uFF0C\u6DF7\u7528\u4F1A\u5BFC\u81F4\u6570\u636E\u9519\u4F4D\u6216\u7F3A\u5931\u3002",
      "Tables II and III (\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406) differ between the 2019 trial and 2021 formats; mixing them misplaces or loses figures."
    ],
    ["\u6309\u62A5\u544A\u5E74\u5EA6\u4F7F\u7528\u540C\u4E00\u79CD\u683C\u5F0F\u7684\u5168\u90E8\u8868\u683C\uFF08\u5EFA\u8BAE\u4F7F\u7528\u8BE5\u5E74\u5EA6\u7684\u586B\u62A5\u6A21\u677F\uFF09\u3002", "Use every table of the one format that fits the report year (preferably that year\u2019s template)."]
  ),
  "import-year-missing": entry(
    "error",
    ["\u65E0\u6CD5\u786E\u5B9A\u62A5\u544A\u5E74\u5EA6", "Report year not found"],
    ["\u6587\u4EF6\u201C{file}\u201D\u4E2D\u627E\u4E0D\u5230\u62A5\u544A\u5E74\u5EA6\uFF08\u5C01\u9762\u3001\u6807\u9898\u6216\u6587\u4EF6\u540D\u4E2D\u7684\u201CXXXX\u5E74\u201D\uFF09", 'No report year was found in "{file}" (cover, title or a \u201CXXXX\u5E74\u201D in the file name)'],
    ["\u6CA1\u6709\u62A5\u544A\u5E74\u5EA6\u5C31\u65E0\u6CD5\u786E\u5B9A\u8868\u683C\u683C\u5F0F\u548C\u7EDF\u8BA1\u671F\u9650\u3002", "Without the year, the format and the statistical period are unknown."],
    ["\u5728\u6807\u9898\u4E2D\u5199\u660E\u5E74\u5EA6\uFF08\u5982\u201C2024\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u201D\uFF09\u6216\u4F7F\u7528\u586B\u62A5\u6A21\u677F\uFF1B\u4E5F\u53EF\u5728\u8BFB\u53D6\u65F6\u6307\u5B9A\u5E74\u5EA6\u3002", "State the year in the title (e.g. \u201C2024\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u201D) or use the template; or give the year when reading."]
  ),
  "import-year-conflict": entry(
    "warning",
    ["\u62A5\u544A\u5E74\u5EA6\u4E0D\u4E00\u81F4", "Report years disagree"],
    ["\u6587\u4EF6\u4E2D\u7684\u62A5\u544A\u5E74\u5EA6\u4E3A {found} \u5E74\uFF0C\u4E0E\u6307\u5B9A\u7684 {expected} \u5E74\u4E0D\u4E00\u81F4\uFF0C\u6309 {used} \u5E74\u8BFB\u53D6", "The file says {found} but {expected} was expected; read as {used}"],
    ["\u63D0\u4EA4\u4E86\u5176\u4ED6\u5E74\u5EA6\u7684\u62A5\u544A\uFF0C\u6216\u6807\u9898\u4E2D\u7684\u5E74\u5EA6\u5199\u9519\u3002", "A report of another year was submitted, or the year in the title is wrong."],
    ["\u786E\u8BA4\u63D0\u4EA4\u7684\u662F\u672C\u5E74\u5EA6\u62A5\u544A\uFF0C\u5E76\u66F4\u6B63\u6807\u9898\u6216\u5C01\u9762\u4E2D\u7684\u5E74\u5EA6\u3002", "Check that this year\u2019s report was submitted and correct the year in the title or cover."]
  ),
  "import-organ-missing": entry(
    "error",
    ["\u7F3A\u5C11\u673A\u5173\u540D\u79F0", "Organ name missing"],
    ["\u6587\u4EF6\u201C{file}\u201D\u4E2D\u627E\u4E0D\u5230\u62A5\u9001\u673A\u5173\u7684\u540D\u79F0", 'No organ name was found in "{file}"'],
    ["\u5C01\u9762\u7684\u201C\u673A\u5173\u540D\u79F0\u201D\u672A\u586B\u5199\uFF0C\u6807\u9898\u4E2D\u4E5F\u6CA1\u6709\u673A\u5173\u540D\u79F0\u3002", "The organ name on the cover is blank and the title does not name the organ."],
    ["\u5728\u5C01\u9762\u586B\u5199\u673A\u5173\u5168\u79F0\uFF08\u5982\u201C\u67D0\u67D0\u9547\u4EBA\u6C11\u653F\u5E9C\u201D\uFF09\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Enter the organ\u2019s full name on the cover (e.g. \u201C\u67D0\u67D0\u9547\u4EBA\u6C11\u653F\u5E9C\u201D) and submit again."]
  ),
  "import-organ-from-file-name": entry(
    "info",
    ["\u673A\u5173\u540D\u79F0\u53D6\u81EA\u6587\u4EF6\u540D", "Organ name taken from the file name"],
    ["\u6587\u4EF6\u4E2D\u6CA1\u6709\u673A\u5173\u540D\u79F0\uFF0C\u6309\u6587\u4EF6\u540D\u53D6\u4E3A\u201C{organ}\u201D", "The file does not name the organ; \u201C{organ}\u201D was taken from the file name"],
    ["\u5C01\u9762\u6216\u6807\u9898\u4E2D\u6CA1\u6709\u673A\u5173\u540D\u79F0\u3002", "Neither a cover nor a title names the organ."],
    ["\u6838\u5BF9\u540D\u79F0\uFF1B\u6700\u597D\u4F7F\u7528\u586B\u62A5\u6A21\u677F\u5E76\u5728\u5C01\u9762\u586B\u5199\u673A\u5173\u5168\u79F0\u3002", "Check the name; better, use the template and enter the full name on the cover."]
  ),
  "import-level-unknown": entry(
    "warning",
    ["\u673A\u5173\u5C42\u7EA7\u65E0\u6CD5\u8BC6\u522B", "Organ level not recognised"],
    ["\u673A\u5173\u5C42\u7EA7\u201C{value}\u201D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u6309\u201C{used}\u201D\u5904\u7406", "The organ level \u201C{value}\u201D is not recognised; \u201C{used}\u201D is used"],
    ["\u5C01\u9762\u7684\u673A\u5173\u5C42\u7EA7\u5E94\u4ECE\u4E0B\u62C9\u5217\u8868\u4E2D\u9009\u62E9\u3002", "The level on the cover should be chosen from the drop-down list."],
    ["\u5728\u5C01\u9762\u7684\u4E0B\u62C9\u5217\u8868\u4E2D\u9009\u62E9\u673A\u5173\u5C42\u7EA7\u3002", "Choose the level from the drop-down list on the cover."]
  ),
  "import-level-guessed": entry(
    "info",
    ["\u673A\u5173\u5C42\u7EA7\u6309\u540D\u79F0\u63A8\u5B9A", "Organ level inferred from the name"],
    ["\u6587\u4EF6\u4E2D\u6CA1\u6709\u673A\u5173\u5C42\u7EA7\uFF0C\u6309\u540D\u79F0\u201C{organ}\u201D\u63A8\u5B9A\u4E3A\u201C{level}\u201D", "The file does not state the organ level; \u201C{level}\u201D was inferred from the name \u201C{organ}\u201D"],
    ["\u4E0D\u662F\u7528\u586B\u62A5\u6A21\u677F\u586B\u5199\u7684\u5DE5\u4F5C\u7C3F\u6CA1\u6709\u673A\u5173\u5C42\u7EA7\uFF1B\u5C42\u7EA7\u5F71\u54CD\u62A5\u9001\u671F\u9650\u548C\u89C4\u7AE0\u7B49\u68C0\u67E5\u3002", "Workbooks not made from the template do not state the level, which matters for deadlines and some checks."],
    ["\u6838\u5BF9\u5C42\u7EA7\uFF1B\u6700\u597D\u4F7F\u7528\u586B\u62A5\u6A21\u677F\u5E76\u5728\u5C01\u9762\u9009\u62E9\u673A\u5173\u5C42\u7EA7\u3002", "Check the level; better, use the template and choose the level on the cover."]
  ),
  "import-template-modified": entry(
    "warning",
    ["\u586B\u62A5\u6A21\u677F\u88AB\u6539\u52A8", "Template was modified"],
    ["\u5DE5\u4F5C\u8868\u201C{sheet}\u201D\u7684 {cell} \u5E94\u4E3A\u201C{expected}\u201D\uFF0C\u6A21\u677F\u7ED3\u6784\u5DF2\u88AB\u6539\u52A8\uFF0C\u6539\u6309\u8868\u683C\u540D\u79F0\u8BFB\u53D6", 'Cell {cell} of sheet "{sheet}" should read \u201C{expected}\u201D; the template was modified, so it was read by its labels'],
    ["\u586B\u62A5\u6A21\u677F\u7684\u884C\u5217\u88AB\u63D2\u5165\u3001\u5220\u9664\u6216\u79FB\u52A8\u8FC7\u3002", "Rows or columns of the template were inserted, deleted or moved."],
    ["\u8BF7\u4F7F\u7528\u672A\u6539\u52A8\u7684\u586B\u62A5\u6A21\u677F\u586B\u5199\uFF1B\u672C\u6B21\u5DF2\u6309\u8868\u683C\u540D\u79F0\u8BFB\u53D6\uFF0C\u8BF7\u6838\u5BF9\u7ED3\u679C\u3002", "Use an unmodified template; this time the tables were read by their labels \u2014 check the result."]
  ),
  "import-template-unknown-form": entry(
    "warning",
    ["\u6A21\u677F\u7684\u62A5\u544A\u683C\u5F0F\u672A\u77E5", "Template form unknown"],
    ["\u586B\u62A5\u6A21\u677F\u4F7F\u7528\u7684\u62A5\u544A\u683C\u5F0F\u201C{format}\u201D\u672A\u77E5\uFF0C\u6539\u6309\u8868\u683C\u540D\u79F0\u8BFB\u53D6", "The template\u2019s report format \u201C{format}\u201D is unknown; the tables were read by their labels"],
    ["\u6A21\u677F\u7531\u6269\u5C55\u683C\u5F0F\uFF08\u63D2\u4EF6\uFF09\u751F\u6210\uFF0C\u4F46\u8BFB\u53D6\u65F6\u6CA1\u6709\u52A0\u8F7D\u8BE5\u63D2\u4EF6\u3002", "The template was made for an extended form (a plugin) that is not loaded."],
    ["\u8BFB\u53D6\u65F6\u52A0\u8F7D\u751F\u6210\u8BE5\u6A21\u677F\u7684\u63D2\u4EF6\u6216\u683C\u5F0F\u5B9A\u4E49\u3002", "Load the plugin or form that made the template when reading."]
  ),
  "import-template-newer": entry(
    "warning",
    ["\u6A21\u677F\u7248\u672C\u8F83\u65B0", "Newer template version"],
    ["\u586B\u62A5\u6A21\u677F\u7248\u672C\u4E3A {version}\uFF0C\u6BD4\u672C\u5DE5\u5177\u652F\u6301\u7684 {supported} \u65B0\uFF0C\u6539\u6309\u8868\u683C\u540D\u79F0\u8BFB\u53D6", "Template version {version} is newer than the supported {supported}; the tables were read by their labels"],
    ["\u6A21\u677F\u7531\u8F83\u65B0\u7248\u672C\u7684\u5DE5\u5177\u751F\u6210\u3002", "The template was made by a newer version of the tool."],
    ["\u5347\u7EA7\u672C\u5DE5\u5177\u540E\u91CD\u65B0\u8BFB\u53D6\u3002", "Upgrade the tool and read the file again."]
  ),
  "import-narrative-not-found": entry(
    "info",
    ["\u6CA1\u6709\u6587\u5B57\u90E8\u5206", "No narrative found"],
    ["\u6587\u4EF6\u201C{file}\u201D\u4E2D\u6CA1\u6709\u5E74\u62A5\u6587\u5B57\u90E8\u5206\uFF08\u603B\u4F53\u60C5\u51B5\u3001\u5B58\u5728\u7684\u4E3B\u8981\u95EE\u9898\u7B49\uFF09\uFF0C\u53EA\u8BFB\u53D6\u4E86\u8868\u683C", 'No narrative (\u603B\u4F53\u60C5\u51B5, problems\u2026) was found in "{file}"; only the tables were read'],
    ["\u5DE5\u4F5C\u7C3F\u53EA\u5305\u542B\u8868\u683C\u3002", "The workbook holds only the tables."],
    ["\u5E74\u62A5\u6B63\u6587\u53EF\u53E6\u884C\u63D0\u4EA4\uFF0C\u6216\u586B\u5199\u586B\u62A5\u6A21\u677F\u7684\u201C\u6587\u5B57\u90E8\u5206\u201D\u5DE5\u4F5C\u8868\u3002", "Submit the report text separately, or fill in the narrative sheet of the template."]
  ),
  // ── Cell values ────────────────────────────────────────────────────────────────────────────
  "import-cell-blank": entry(
    "info",
    ["\u7A7A\u767D\u5355\u5143\u683C", "Blank cells"],
    ["{table}\u6709 {count} \u4E2A\u7A7A\u767D\u5355\u5143\u683C\uFF08{cells}\uFF09\uFF0C\u6309\u201C\u672A\u586B\u5199\u201D\u5904\u7406", "{table} has {count} blank cell(s) ({cells}), read as not filled"],
    ["\u7A7A\u767D\u8868\u793A\u201C\u672A\u586B\u5199\u201D\uFF0C\u4E0E 0 \u4E0D\u540C\u3002", "Blank means \u201Cnot filled\u201D, which is not 0."],
    ["\u6CA1\u6709\u53D1\u751F\u7684\u4E8B\u9879\u8BF7\u586B 0\u3002", "Enter 0 where nothing happened."]
  ),
  "import-cell-dash": entry(
    "warning",
    ["\u7528\u7B26\u53F7\u4EE3\u66FF\u6570\u5B57", "A mark instead of a number"],
    ["{table}\u6709 {count} \u4E2A\u5355\u5143\u683C\u586B\u5199\u201C{marker}\u201D\uFF08{cells}\uFF09\uFF0C\u6309\u201C\u672A\u586B\u5199\u201D\u5904\u7406", "{table} has {count} cell(s) reading \u201C{marker}\u201D ({cells}), read as not filled"],
    ["\u201C\u65E0\u201D\u201C/\u201D\u201C\u2014\u201D\u201C-\u201D\u7B49\u7B26\u53F7\u4E0D\u662F\u6570\u5B57\uFF0C\u65E0\u6CD5\u53C2\u4E0E\u5408\u8BA1\u548C\u52FE\u7A3D\u5173\u7CFB\u68C0\u67E5\u3002", "Marks such as \u65E0, /, \u2014 or - are not numbers and cannot be summed or checked."],
    ["\u6CA1\u6709\u53D1\u751F\u7684\u4E8B\u9879\u8BF7\u586B 0\u3002", "Enter 0 where nothing happened."]
  ),
  "import-cell-not-number": entry(
    "error",
    ["\u5355\u5143\u683C\u4E0D\u662F\u6570\u5B57", "Cell is not a number"],
    ["{label}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u6570\u5B57{suggestion}", "{label}: \u201C{value}\u201D is not a number{suggestion}"],
    ["\u8868\u683C\u5355\u5143\u683C\u53EA\u80FD\u586B\u5199\u963F\u62C9\u4F2F\u6570\u5B57\uFF1B\u4E2D\u6587\u6570\u5B57\u3001\u6587\u5B57\u8BF4\u660E\u65E0\u6CD5\u8BFB\u53D6\u3002", "Table cells take Arabic numerals only; Chinese numerals and words cannot be read."],
    ["\u6539\u4E3A\u963F\u62C9\u4F2F\u6570\u5B57\uFF08\u5982 12\uFF09\uFF0C\u8BF4\u660E\u6587\u5B57\u5199\u5728\u6587\u5B57\u90E8\u5206\u3002", "Enter Arabic numerals (e.g. 12) and put explanations in the text."]
  ),
  "import-count-negative": entry(
    "error",
    ["\u4EF6\u6570\u4E3A\u8D1F\u6570", "Negative count"],
    ["{label}\uFF1A\u4EF6\u6570\u4E0D\u80FD\u4E3A\u8D1F\u6570\uFF08\u586B\u5199\u7684\u662F {value}\uFF09\uFF0C\u8BE5\u503C\u672A\u8BFB\u53D6", "{label}: a count cannot be negative (the value is {value}); it was not read"],
    ["\u4EF6\u6570\u3001\u6570\u91CF\u662F\u975E\u8D1F\u6574\u6570\uFF1B\u53EA\u6709\u8BD5\u884C\u683C\u5F0F\u7684\u201C\u672C\u5E74\u589E/\u51CF\u201D\u53EF\u4EE5\u4E3A\u8D1F\u6570\u3002", "Counts are non-negative whole numbers; only the trial format\u2019s \u672C\u5E74\u589E/\u51CF may be negative."],
    ["\u6539\u4E3A\u975E\u8D1F\u6574\u6570\uFF1B\u6CA1\u6709\u7684\u586B 0\u3002", "Enter a non-negative whole number; enter 0 where there is none."]
  ),
  "import-not-whole-number": entry(
    "error",
    ["\u6570\u91CF\u4E0D\u662F\u6574\u6570", "Count is not a whole number"],
    ["{label}\uFF1A\u6570\u91CF\u5E94\u4E3A\u6574\u6570\uFF08\u586B\u5199\u7684\u662F {value}\uFF09\uFF0C\u8BE5\u503C\u672A\u8BFB\u53D6", "{label}: a count must be a whole number (the value is {value}); it was not read"],
    ["\u4EF6\u6570\u3001\u6570\u91CF\u987B\u4E3A\u6574\u6570\uFF0C\u53EA\u6709\u91D1\u989D\u53EF\u4EE5\u6709\u5C0F\u6570\u3002", "Counts are whole numbers; only amounts may have decimals."],
    ["\u6539\u4E3A\u6574\u6570\u3002", "Enter a whole number."]
  ),
  "import-amount-negative": entry(
    "error",
    ["\u91D1\u989D\u4E3A\u8D1F\u6570", "Negative amount"],
    ["{label}\uFF1A\u91D1\u989D\u4E0D\u80FD\u4E3A\u8D1F\u6570\uFF08\u586B\u5199\u7684\u662F {value}\uFF09\uFF0C\u8BE5\u503C\u672A\u8BFB\u53D6", "{label}: an amount cannot be negative (the value is {value}); it was not read"],
    ["\u6536\u8D39\u91D1\u989D\u3001\u91C7\u8D2D\u91D1\u989D\u662F\u975E\u8D1F\u6570\u3002", "Fee and procurement amounts are non-negative."],
    ["\u6539\u4E3A\u975E\u8D1F\u6570\uFF0C\u5355\u4F4D\u4E3A\u4E07\u5143\u3002", "Enter a non-negative amount in \u4E07\u5143 (10,000 yuan)."]
  ),
  "import-amount-converted": entry(
    "info",
    ["\u91D1\u989D\u5DF2\u6362\u7B97\u4E3A\u4E07\u5143", "Amount converted to \u4E07\u5143"],
    ["{label}\uFF1A\u201C{value}\u201D\u5DF2\u6362\u7B97\u4E3A {converted} \u4E07\u5143", "{label}: \u201C{value}\u201D was converted to {converted} \u4E07\u5143 (10,000 yuan)"],
    ["\u5355\u5143\u683C\u4E2D\u5199\u660E\u4E86\u5355\u4F4D\uFF08\u5143\u3001\u4E07\u5143\u3001\u4EBF\u5143\uFF09\uFF1B\u62A5\u544A\u7EDF\u4E00\u4EE5\u4E07\u5143\u8BB0\u5F55\u91D1\u989D\u3002", "The cell states a unit (\u5143, \u4E07\u5143, \u4EBF\u5143); reports record amounts in \u4E07\u5143."],
    ["\u6838\u5BF9\u6362\u7B97\u7ED3\u679C\uFF1B\u4ECA\u540E\u8BF7\u76F4\u63A5\u586B\u5199\u4EE5\u4E07\u5143\u4E3A\u5355\u4F4D\u7684\u6570\u5B57\u3002", "Check the conversion; in future enter the number in \u4E07\u5143."]
  ),
  "import-amount-unit-assumed": entry(
    "info",
    ["\u91D1\u989D\u5355\u4F4D\u6309\u4E07\u5143\u7406\u89E3", "Amount read as \u4E07\u5143"],
    ["{label}\uFF1A\u201C{value}\u201D\u6CA1\u6709\u5199\u660E\u5355\u4F4D\uFF0C\u6309\u4E07\u5143\u8BFB\u53D6", "{label}: \u201C{value}\u201D states no unit; read as \u4E07\u5143 (10,000 yuan)"],
    ["\u5B98\u65B9\u683C\u5F0F\u6CA1\u6709\u89C4\u5B9A\u8BE5\u91D1\u989D\u7684\u5355\u4F4D\uFF0C\u5355\u5143\u683C\u548C\u8868\u5934\u4E5F\u6CA1\u6709\u5199\u660E\u3002", "The official format does not fix this amount\u2019s unit, and neither the cell nor the header states one."],
    ["\u5982\u91D1\u989D\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u8BF7\u5728\u6570\u5B57\u540E\u5199\u201C\u5143\u201D\u6216\u5728\u8868\u5934\u6CE8\u660E\u201C\uFF08\u5143\uFF09\u201D\u3002", "If the amount is in yuan, write \u5143 after it or \u201C\uFF08\u5143\uFF09\u201D in the header."]
  ),
  "import-formula-no-value": entry(
    "error",
    ["\u516C\u5F0F\u6CA1\u6709\u8BA1\u7B97\u7ED3\u679C", "Formula has no result"],
    ["{label}\uFF1A\u516C\u5F0F\u201C={formula}\u201D\u6CA1\u6709\u4FDD\u5B58\u8BA1\u7B97\u7ED3\u679C\uFF0C\u8BE5\u503C\u672A\u8BFB\u53D6", "{label}: the formula \u201C={formula}\u201D has no saved result; the value was not read"],
    ["\u6587\u4EF6\u7531\u4E0D\u8BA1\u7B97\u516C\u5F0F\u7684\u7A0B\u5E8F\u751F\u6210\u6216\u4FEE\u6539\uFF0C\u4FDD\u5B58\u7684\u516C\u5F0F\u6CA1\u6709\u7ED3\u679C\u3002", "The file was made or changed by a program that does not calculate formulas, so the formula has no saved result."],
    ["\u7528 Excel \u6216 WPS \u6253\u5F00\u6587\u4EF6\uFF0C\u786E\u8BA4\u516C\u5F0F\u7ED3\u679C\u663E\u793A\u6B63\u786E\u540E\u4FDD\u5B58\uFF0C\u518D\u91CD\u65B0\u63D0\u4EA4\u3002", "Open the file in Excel or WPS, check the results, save and submit again."]
  ),
  "import-formula-computed": entry(
    "warning",
    ["\u516C\u5F0F\u7ED3\u679C\u7531\u672C\u5DE5\u5177\u8BA1\u7B97", "Formula result computed here"],
    ["{label}\uFF1A\u516C\u5F0F\u201C={formula}\u201D\u6CA1\u6709\u4FDD\u5B58\u8BA1\u7B97\u7ED3\u679C\uFF0C\u5DF2\u6309\u516C\u5F0F\u8BA1\u7B97\u4E3A {value}", "{label}: the formula \u201C={formula}\u201D had no saved result; computed as {value}"],
    ["\u6587\u4EF6\u7531\u4E0D\u8BA1\u7B97\u516C\u5F0F\u7684\u7A0B\u5E8F\u751F\u6210\u6216\u4FEE\u6539\uFF0C\u672C\u5DE5\u5177\u6309\u7B80\u5355\u6C42\u548C\u516C\u5F0F\u81EA\u884C\u8BA1\u7B97\u4E86\u7ED3\u679C\u3002", "The file was made by a program that does not calculate formulas; this simple sum was computed here."],
    ["\u7528 Excel \u6216 WPS \u6253\u5F00\u6587\u4EF6\u5E76\u4FDD\u5B58\uFF0C\u4F7F\u516C\u5F0F\u7ED3\u679C\u968F\u6587\u4EF6\u4FDD\u5B58\u3002", "Open the file in Excel or WPS and save it so results are stored."]
  ),
  "import-formula-error": entry(
    "error",
    ["\u516C\u5F0F\u7ED3\u679C\u4E3A\u9519\u8BEF\u503C", "Formula result is an error"],
    ["{label}\uFF1A\u516C\u5F0F\u7ED3\u679C\u4E3A\u9519\u8BEF\u503C {value}\uFF0C\u8BE5\u503C\u672A\u8BFB\u53D6", "{label}: the formula result is the error {value}; it was not read"],
    ["\u516C\u5F0F\u5F15\u7528\u4E86\u5DF2\u5220\u9664\u7684\u5355\u5143\u683C\u6216\u5305\u542B\u4E0D\u80FD\u8BA1\u7B97\u7684\u5185\u5BB9\uFF08#REF!\u3001#VALUE! \u7B49\uFF09\u3002", "The formula refers to deleted cells or cannot be computed (#REF!, #VALUE!\u2026)."],
    ["\u4FEE\u6B63\u516C\u5F0F\u6216\u76F4\u63A5\u586B\u5199\u6570\u5B57\u3002", "Fix the formula or enter the number."]
  ),
  "import-sheet-empty": entry(
    "error",
    ["\u5DE5\u4F5C\u8868\u4E3A\u7A7A", "Sheet is empty"],
    ["\u6587\u4EF6\u201C{file}\u201D\u7684\u5DE5\u4F5C\u8868\u201C{sheet}\u201D\u6CA1\u6709\u5185\u5BB9", 'Sheet "{sheet}" of "{file}" is empty'],
    ["\u8981\u8BFB\u53D6\u7684\u5DE5\u4F5C\u8868\u4E0A\u6CA1\u6709\u4EFB\u4F55\u5355\u5143\u683C\u3002", "The sheet to read has no cells."],
    ["\u628A\u6570\u636E\u653E\u5728\u7B2C\u4E00\u5F20\u5DE5\u4F5C\u8868\u540E\u91CD\u65B0\u63D0\u4EA4\u3002", "Put the data on the first sheet and submit again."]
  )
};

// ../core/src/diagnostics/codes/narrative.ts
var narrativeCodes = {
  "narrative-empty": {
    severity: "error",
    title: { zh: "\u6587\u672C\u4E3A\u7A7A", en: "The text is empty" },
    message: { zh: "\u6587\u672C\u5185\u5BB9\u4E3A\u7A7A\uFF0C\u6CA1\u6709\u53EF\u8BFB\u53D6\u7684\u62A5\u544A", en: "The text is empty; there is no report to read" },
    cause: { zh: "\u6587\u4EF6\u6CA1\u6709\u5185\u5BB9\uFF0C\u6216\u53EA\u6709\u7A7A\u683C\u548C\u7A7A\u884C\u3002", en: "The file has no content, or only spaces and blank lines." },
    fix: { zh: "\u68C0\u67E5\u662F\u5426\u9009\u9519\u4E86\u6587\u4EF6\uFF1B\u628A\u62A5\u544A\u5168\u6587\u590D\u5236\u5230\u7EAF\u6587\u672C\u6587\u4EF6\uFF08.txt\uFF09\u4E2D\u518D\u5BFC\u5165\u3002", en: "Check the file chosen; paste the full report into a plain-text (.txt) file and import it again." }
  },
  "narrative-unreadable": {
    severity: "error",
    title: { zh: "\u4E0D\u662F\u7EAF\u6587\u672C\u6587\u4EF6", en: "Not a plain-text file" },
    message: { zh: "\u65E0\u6CD5\u4F5C\u4E3A\u6587\u672C\u8BFB\u53D6\uFF08{detail}\uFF09", en: "Cannot be read as text ({detail})" },
    cause: {
      zh: "\u6587\u4EF6\u542B\u6709\u5927\u91CF\u975E\u6587\u5B57\u5185\u5BB9\uFF0C\u53EF\u80FD\u662F PDF\u3001Word\u3001Excel\u3001\u56FE\u7247\u7B49\u6587\u4EF6\uFF0C\u6216\u6587\u4EF6\u5DF2\u635F\u574F\u3002",
      en: "The file is mostly not text: it may be a PDF, Word, Excel or image file, or it is damaged."
    },
    fix: {
      zh: "\u5728\u539F\u6587\u6863\u4E2D\u201C\u53E6\u5B58\u4E3A\u201D\u7EAF\u6587\u672C\uFF08.txt\uFF0CUTF-8 \u7F16\u7801\uFF09\uFF0C\u6216\u628A\u62A5\u544A\u5168\u6587\u590D\u5236\u5230\u6587\u672C\u6587\u4EF6\u540E\u518D\u5BFC\u5165\u3002",
      en: "Save the document as plain text (.txt, UTF-8), or paste the report text into a text file, and import that."
    }
  },
  "narrative-encoding": {
    severity: "info",
    title: { zh: "\u6309\u5176\u4ED6\u7F16\u7801\u8BFB\u53D6", en: "Read in another encoding" },
    message: { zh: "\u6587\u4EF6\u4E0D\u662F UTF-8 \u7F16\u7801\uFF0C\u5DF2\u6309 {encoding} \u7F16\u7801\u8BFB\u53D6", en: "The file is not UTF-8; it was read as {encoding}" },
    cause: { zh: "\u4E2D\u6587 Windows \u7684\u8BB0\u4E8B\u672C\u7B49\u8F6F\u4EF6\u5E38\u4EE5 GBK/GB18030 \u6216 UTF-16 \u4FDD\u5B58\u6587\u672C\u3002", en: "Chinese Windows tools often save text as GBK/GB18030 or UTF-16." },
    fix: { zh: "\u6838\u5BF9\u5BFC\u5165\u7684\u6587\u5B57\u662F\u5426\u6B63\u786E\uFF1B\u5982\u6709\u4E71\u7801\uFF0C\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u7F16\u7801\u540E\u518D\u5BFC\u5165\u3002", en: "Check the imported text; if it is garbled, save the file as UTF-8 and import it again." }
  },
  "narrative-title-missing": {
    severity: "error",
    title: { zh: "\u672A\u627E\u5230\u62A5\u544A\u6807\u9898", en: "No report title" },
    message: {
      zh: "\u672A\u627E\u5230\u62A5\u544A\u6807\u9898\uFF1A\u7B2C\u4E00\u884C\u201C{text}\u201D\u4E0D\u662F\u201C\xD7\xD7\u95472019\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u201D\u8FD9\u6837\u7684\u6807\u9898",
      en: 'No report title: the first line "{text}" is not a title like "\xD7\xD7\u95472019\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A"'
    },
    cause: {
      zh: "\u62A5\u544A\u6807\u9898\u5199\u660E\u673A\u5173\u540D\u79F0\u548C\u5E74\u5EA6\uFF0C\u5BFC\u5165\u65F6\u636E\u6B64\u786E\u5B9A\u62A5\u544A\u673A\u5173\u548C\u5E74\u5EA6\uFF1B\u6587\u672C\u5F00\u5934\u6CA1\u6709\u8FD9\u6837\u7684\u6807\u9898\u3002",
      en: "The title names the organ and the year, which the import reads; the text does not begin with such a title."
    },
    fix: {
      zh: "\u5728\u6587\u672C\u7B2C\u4E00\u884C\u8865\u4E0A\u62A5\u544A\u6807\u9898\uFF08\u5982\u201C\u9E45\u516C\u95472019\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A\u201D\uFF09\uFF0C\u6216\u5728\u5BFC\u5165\u65F6\u6307\u5B9A\u673A\u5173\u540D\u79F0\u548C\u5E74\u5EA6\u3002",
      en: "Add the title as the first line (e.g. \u9E45\u516C\u95472019\u5E74\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A), or give the organ and year when importing."
    }
  },
  "narrative-organ-missing": {
    severity: "error",
    title: { zh: "\u6807\u9898\u4E2D\u6CA1\u6709\u673A\u5173\u540D\u79F0", en: "The title names no organ" },
    message: { zh: "\u6807\u9898\u201C{title}\u201D\u4E2D\u6CA1\u6709\u673A\u5173\u540D\u79F0", en: 'The title "{title}" does not name the organ' },
    cause: { zh: "\u62A5\u544A\u6807\u9898\u5E94\u4EE5\u53D1\u5E03\u673A\u5173\u540D\u79F0\u5F00\u5934\uFF0C\u5BFC\u5165\u65F6\u636E\u6B64\u786E\u5B9A\u62A5\u544A\u673A\u5173\u3002", en: "A report title begins with the publishing organ, which the import reads." },
    fix: { zh: "\u5728\u6807\u9898\u4E2D\u5199\u660E\u673A\u5173\u540D\u79F0\uFF0C\u6216\u5728\u5BFC\u5165\u65F6\u6307\u5B9A\u673A\u5173\u540D\u79F0\u3002", en: "Put the organ in the title, or give the organ when importing." }
  },
  "narrative-year-missing": {
    severity: "error",
    title: { zh: "\u6807\u9898\u4E2D\u6CA1\u6709\u62A5\u544A\u5E74\u5EA6", en: "The title names no year" },
    message: { zh: "\u6807\u9898\u201C{title}\u201D\u4E2D\u6CA1\u6709\u62A5\u544A\u5E74\u5EA6\uFF08\u5982\u201C2019\u5E74\u201D\uFF09", en: 'The title "{title}" does not give the report year (e.g. 2019\u5E74)' },
    cause: { zh: "\u62A5\u544A\u6807\u9898\u5E94\u5199\u660E\u62A5\u544A\u5E74\u5EA6\uFF0C\u5BFC\u5165\u65F6\u636E\u6B64\u786E\u5B9A\u62A5\u544A\u5E74\u5EA6\u3002", en: "A report title gives the report year, which the import reads." },
    fix: { zh: "\u5728\u6807\u9898\u4E2D\u5199\u660E\u5E74\u5EA6\uFF0C\u6216\u5728\u5BFC\u5165\u65F6\u6307\u5B9A\u5E74\u5EA6\u3002", en: "Put the year in the title, or give the year when importing." }
  },
  "narrative-text-before-title": {
    severity: "info",
    title: { zh: "\u6807\u9898\u524D\u6709\u6587\u5B57", en: "Text before the title" },
    message: { zh: "\u6807\u9898\u524D\u6709 {count} \u884C\u6587\u5B57\uFF0C\u5DF2\u4FDD\u5B58\u5728\u524D\u8A00\u5F00\u5934", en: "{count} line(s) before the title were kept at the start of the preface" },
    cause: { zh: "\u4ECE\u7F51\u9875\u590D\u5236\u7684\u62A5\u544A\u5E38\u5E26\u6709\u7D22\u5F15\u53F7\u3001\u53D1\u5E03\u65E5\u671F\u7B49\u4FE1\u606F\u3002", en: "Reports copied from web pages often carry index numbers, dates and similar lines." },
    fix: { zh: "\u5982\u8FD9\u4E9B\u6587\u5B57\u4E0D\u5C5E\u4E8E\u62A5\u544A\uFF0C\u8BF7\u4ECE\u6587\u672C\u4E2D\u5220\u53BB\u540E\u91CD\u65B0\u5BFC\u5165\u3002", en: "If these lines are not part of the report, delete them and import again." }
  },
  "narrative-no-sections": {
    severity: "warning",
    title: { zh: "\u672A\u8BC6\u522B\u5230\u4E00\u7EA7\u6807\u9898", en: "No top-level headings" },
    message: {
      zh: "\u672A\u8BC6\u522B\u5230\u201C\u4E00\u3001\u201D\u201C\u4E8C\u3001\u201D\u7B49\u4E00\u7EA7\u6807\u9898\uFF0C\u5168\u6587 {count} \u6BB5\u5DF2\u4F5C\u4E3A\u524D\u8A00\u4FDD\u5B58",
      en: "No top-level headings such as \u4E00\u3001 and \u4E8C\u3001 were found; all {count} paragraph(s) were kept as the preface"
    },
    cause: { zh: "\u62A5\u544A\u5404\u90E8\u5206\u5E94\u4EE5\u201C\u4E00\u3001\u201D\u201C\u4E8C\u3001\u201D\u7B49\u4E00\u7EA7\u6807\u9898\u5F00\u5934\uFF0C\u6BCF\u4E2A\u6807\u9898\u5355\u72EC\u6210\u884C\u3002", en: "Each part of a report begins with a heading such as \u4E00\u3001 on a line of its own." },
    fix: { zh: "\u68C0\u67E5\u6807\u9898\u662F\u5426\u4E0E\u6B63\u6587\u8FDE\u5728\u540C\u4E00\u884C\uFF0C\u6216\u5E8F\u53F7\u662F\u5426\u5199\u6210\u4E86\u5176\u4ED6\u5F62\u5F0F\uFF0C\u4FEE\u6B63\u540E\u91CD\u65B0\u5BFC\u5165\u3002", en: "Check whether headings run into the text or use another numbering, then import again." }
  },
  "narrative-section-unrecognized": {
    severity: "info",
    title: { zh: "\u672A\u5BF9\u5E94\u5230\u89C4\u5B9A\u7684\u90E8\u5206", en: "Section not matched to a standard part" },
    message: {
      zh: "\u201C{title}\u201D\u672A\u5BF9\u5E94\u5230\u62A5\u544A\u683C\u5F0F\u89C4\u5B9A\u7684\u90E8\u5206\uFF0C\u5DF2\u4EE5\u201C{id}\u201D\u4FDD\u5B58",
      en: '"{title}" does not match a part of the report format; it was kept as "{id}"'
    },
    cause: {
      zh: "\u6807\u9898\u4E0E\u62A5\u544A\u683C\u5F0F\u4E2D\u5404\u90E8\u5206\u7684\u6807\u9898\u53CA\u5E38\u89C1\u5199\u6CD5\u90FD\u4E0D\u76F8\u540C\u3002",
      en: "The heading differs from the titles of the format\u2019s parts and their usual variants."
    },
    fix: { zh: "\u5982\u8BE5\u90E8\u5206\u5C5E\u4E8E\u89C4\u5B9A\u5185\u5BB9\uFF0C\u8BF7\u6309\u89C4\u5B9A\u6807\u9898\u4FEE\u6539\uFF1B\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u4E8B\u9879\u53EF\u4FDD\u7559\u3002", en: "If it is one of the standard parts, use its standard title; other matters may stay as they are." }
  },
  "narrative-period-invalid": {
    severity: "warning",
    title: { zh: "\u7EDF\u8BA1\u671F\u9650\u65E5\u671F\u65E0\u6548", en: "Invalid date in the statistical period" },
    message: { zh: "\u7EDF\u8BA1\u671F\u9650\u201C{text}\u201D\u4E2D\u7684\u65E5\u671F\u4E0D\u5B58\u5728", en: 'The statistical period "{text}" contains a date that does not exist' },
    cause: { zh: "\u7EDF\u8BA1\u671F\u9650\u4E2D\u6709\u4E0D\u5B58\u5728\u7684\u65E5\u671F\uFF08\u59822\u670830\u65E5\uFF09\u3002", en: "The period names a date that does not exist (such as 30 February)." },
    fix: { zh: "\u5C06\u7EDF\u8BA1\u671F\u9650\u6539\u4E3A\u62A5\u544A\u5E74\u5EA6\u76841\u67081\u65E5\u81F312\u670831\u65E5\u3002", en: "Write the period as 1 January to 31 December of the report year." }
  },
  "narrative-part-count-mismatch": {
    severity: "warning",
    title: { zh: "\u524D\u8A00\u6240\u8FF0\u90E8\u5206\u6570\u4E0E\u6B63\u6587\u4E0D\u7B26", en: "The preface and the body disagree on the parts" },
    message: {
      zh: "\u524D\u8A00\u79F0\u62A5\u544A\u7531{stated}\u4E2A\u90E8\u5206\u7EC4\u6210\uFF0C\u6B63\u6587\u6709{actual}\u4E2A\u4E00\u7EA7\u6807\u9898{detail}",
      en: "The preface says the report has {stated} parts, but the body has {actual} top-level sections{detail}"
    },
    cause: {
      zh: "\u524D\u8A00\u5217\u4E3E\u7684\u62A5\u544A\u7EC4\u6210\u90E8\u5206\u4E0E\u6B63\u6587\u5B9E\u9645\u7684\u4E00\u7EA7\u6807\u9898\u6570\u91CF\u4E0D\u4E00\u81F4\uFF0C\u901A\u5E38\u662F\u589E\u5220\u90E8\u5206\u540E\u6CA1\u6709\u4FEE\u6539\u524D\u8A00\u3002",
      en: "The parts listed in the preface do not match the body\u2019s top-level headings, usually because a part was added or removed without updating the preface."
    },
    fix: { zh: "\u4FEE\u6539\u524D\u8A00\u4E2D\u7684\u90E8\u5206\u6570\u91CF\u548C\u540D\u79F0\uFF0C\u4F7F\u4E4B\u4E0E\u6B63\u6587\u7684\u4E00\u7EA7\u6807\u9898\u4E00\u81F4\u3002", en: "Correct the number and names of the parts in the preface to match the body\u2019s headings." }
  },
  "narrative-count-mismatch": {
    severity: "warning",
    title: { zh: "\u5206\u9879\u6570\u4E4B\u548C\u4E0E\u603B\u6570\u4E0D\u7B26", en: "The parts do not add up to the total" },
    message: {
      zh: "{scope}\uFF1A\u603B\u6570\u4E3A{total}\uFF0C\u5176\u4E2D\u5404\u9879 {parts} \u4E4B\u548C\u4E3A {sum}\uFF0C{relation}",
      en: "{scope}: the total is {total}, and the parts {parts} add up to {sum}; {relation}"
    },
    cause: { zh: "\u6B63\u6587\u5199\u660E\u7684\u603B\u6570\u4E0E\u201C\u5176\u4E2D\u201D\u6240\u5217\u5404\u9879\u6570\u91CF\u4E4B\u548C\u4E0D\u4E00\u81F4\uFF0C\u53EF\u80FD\u6709\u7B14\u8BEF\u6216\u6F0F\u5217\u3002", en: "A total written in the text and the sum of the parts listed after \u5176\u4E2D disagree: a typo or an omitted part." },
    fix: { zh: "\u6838\u5BF9\u603B\u6570\u548C\u5404\u5206\u9879\u6570\u91CF\uFF0C\u4FEE\u6539\u6B63\u6587\u4F7F\u4E4B\u4E00\u81F4\uFF1B\u5206\u9879\u4E0D\u5B8C\u6574\u65F6\u53EF\u6CE8\u660E\u201C\u7B49\u201D\u3002", en: "Check the total and the parts and correct the text; if the list is not complete, say so (\u7B49)." }
  },
  "narrative-heading-sequence": {
    severity: "warning",
    title: { zh: "\u6807\u9898\u5E8F\u53F7\u4E0D\u8FDE\u7EED", en: "Heading numbers are out of sequence" },
    message: {
      zh: "{scope}\uFF1A\u6807\u9898\u201C{title}\u201D\u7684\u5E8F\u53F7\u5E94\u4E3A\u201C{expected}\u201D",
      en: '{scope}: heading "{title}" should be numbered "{expected}"'
    },
    cause: { zh: "\u540C\u4E00\u5C42\u7EA7\u7684\u6807\u9898\u5E8F\u53F7\u5E94\u4ECE\u4E00\uFF08\u62161\uFF09\u5F00\u59CB\u4F9D\u6B21\u6392\u5217\uFF0C\u4E0D\u5E94\u91CD\u590D\u6216\u8DF3\u53F7\u3002", en: "Headings of one level are numbered from \u4E00 (or 1) in order, with no repeats or gaps." },
    fix: { zh: "\u6309\u987A\u5E8F\u4FEE\u6539\u6807\u9898\u5E8F\u53F7\uFF1B\u786E\u6709\u90E8\u5206\u5220\u9664\u7684\uFF0C\u76F8\u5E94\u8C03\u6574\u540E\u7EED\u5E8F\u53F7\u3002", en: "Renumber the headings in order; if a part was removed, renumber those after it." }
  },
  "plugin-importer-unknown": {
    severity: "error",
    title: { zh: "\u6CA1\u6709\u53EF\u7528\u7684\u5BFC\u5165\u5668", en: "No importer for this input" },
    message: { zh: "\u6CA1\u6709\u80FD\u8BFB\u53D6\u201C{wanted}\u201D\u7684\u5BFC\u5165\u5668\uFF08\u53EF\u7528\uFF1A{available}\uFF09", en: 'No importer reads "{wanted}" (available: {available})' },
    cause: { zh: "\u6309\u540D\u79F0\u6216\u6587\u4EF6\u6269\u5C55\u540D\u90FD\u627E\u4E0D\u5230\u5BF9\u5E94\u7684\u5BFC\u5165\u5668\u3002", en: "No importer of the pipeline has that name or reads files with that ending." },
    fix: { zh: "\u6539\u7528\u53EF\u7528\u7684\u6587\u4EF6\u7C7B\u578B\uFF0C\u6307\u660E\u5BFC\u5165\u5668\u540D\u79F0\uFF0C\u6216\u6DFB\u52A0\u63D0\u4F9B\u8BE5\u5BFC\u5165\u5668\u7684\u63D2\u4EF6\u3002", en: "Use a supported file type, name the importer, or add the plugin that provides it." }
  },
  "plugin-importer-failed": {
    severity: "error",
    title: { zh: "\u5BFC\u5165\u5668\u51FA\u9519", en: "The importer failed" },
    message: { zh: "\u5BFC\u5165\u5668 {importer} \u51FA\u9519\uFF1A{detail}", en: "Importer {importer} failed: {detail}" },
    cause: { zh: "\u5BFC\u5165\u5668\u5728\u8BFB\u53D6\u6587\u4EF6\u65F6\u53D1\u751F\u4E86\u7A0B\u5E8F\u9519\u8BEF\uFF08\u901A\u5E38\u662F\u63D2\u4EF6\u7684\u7F3A\u9677\uFF0C\u6216\u6587\u4EF6\u5185\u5BB9\u8D85\u51FA\u5176\u5904\u7406\u8303\u56F4\uFF09\u3002", en: "The importer hit a program error while reading (usually a plugin bug, or input it cannot handle)." },
    fix: { zh: "\u68C0\u67E5\u6587\u4EF6\u662F\u5426\u4E3A\u8BE5\u5BFC\u5165\u5668\u652F\u6301\u7684\u683C\u5F0F\uFF1B\u5982\u95EE\u9898\u6301\u7EED\uFF0C\u8BF7\u628A\u6587\u4EF6\u548C\u9519\u8BEF\u4FE1\u606F\u62A5\u544A\u7ED9\u63D2\u4EF6\u7684\u7EF4\u62A4\u8005\u3002", en: "Check the file is of a kind the importer reads; if it persists, report the file and the message to the plugin\u2019s maintainers." }
  }
};

// ../core/src/diagnostics/codes/render.ts
var renderCodes = {
  "render-font-unavailable": {
    severity: "error",
    title: { zh: "\u627E\u4E0D\u5230\u4E2D\u6587\u5B57\u4F53", en: "No Chinese font found" },
    message: {
      zh: "\u627E\u4E0D\u5230\u53EF\u7528\u4E8E{role}\u7684\u4E2D\u6587\u5B57\u4F53\uFF08\u5DF2\u67E5\u627E\uFF1A{searched}\uFF09",
      en: "No Chinese font found for the {role} (searched: {searched})"
    },
    cause: {
      zh: "PDF \u5FC5\u987B\u5D4C\u5165\u4E2D\u6587\u5B57\u4F53\uFF1B\u8C03\u7528\u65F6\u6CA1\u6709\u4F20\u5165\u5B57\u4F53\uFF0C\u672C\u673A\u4E5F\u6CA1\u6709\u627E\u5230\u7CFB\u7EDF\u4E2D\u6587\u5B57\u4F53\u6216 npm \u5305 @fontsource/noto-serif-sc\uFF08\u6D4F\u89C8\u5668\u4E2D\u65E0\u6CD5\u8BFB\u53D6\u7CFB\u7EDF\u5B57\u4F53\uFF09\u3002",
      en: "A PDF must embed a Chinese font; none was passed, and no system Chinese font nor the npm package @fontsource/noto-serif-sc was found (a browser cannot read system fonts)."
    },
    fix: {
      zh: "\u5728\u9009\u9879 fonts \u4E2D\u4F20\u5165\u5B57\u4F53\uFF08TTF\u3001OTF\u3001TTC \u6216 WOFF \u6587\u4EF6\u7684\u8DEF\u5F84\u6216\u5B57\u8282\uFF0C\u4F8B\u5982 fonts: { default: \u5B57\u4F53\u5B57\u8282 }\uFF09\uFF1B\u6216\u5B89\u88C5\u4E2D\u6587\u5B57\u4F53\uFF08Windows \u4EFF\u5B8B\u3001\u5B8B\u4F53\u3001\u9ED1\u4F53\uFF0CmacOS \u5B8B\u4F53\uFF0CLinux\uFF1Aapt-get install fonts-noto-cjk\uFF09\uFF1B\u6216\u6267\u884C npm install @fontsource/noto-serif-sc\u3002",
      en: "Pass a font in the fonts option (path or bytes of a TTF, OTF, TTC or WOFF file, e.g. fonts: { default: bytes }); or install a Chinese font (Windows FangSong/SimSun/SimHei, macOS Songti, Linux: apt-get install fonts-noto-cjk); or run npm install @fontsource/noto-serif-sc."
    }
  },
  "render-font-unreadable": {
    severity: "error",
    title: { zh: "\u5B57\u4F53\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6", en: "Font file cannot be read" },
    message: { zh: "\u5B57\u4F53\u201C{font}\u201D\u65E0\u6CD5\u8BFB\u53D6\uFF1A{detail}", en: 'The font "{font}" cannot be read: {detail}' },
    cause: {
      zh: "\u4F20\u5165\u7684\u5B57\u4F53\u4E0D\u662F TTF\u3001OTF\u3001TTC \u6216 WOFF 1.0 \u683C\u5F0F\uFF0C\u6587\u4EF6\u5DF2\u635F\u574F\uFF0C\u6216\u96C6\u5408\u5B57\u4F53\u4E2D\u6CA1\u6709\u6307\u5B9A\u7684\u5B57\u4F53\u540D\u3002",
      en: "The font is not a TTF, OTF, TTC or WOFF 1.0 file, is damaged, or the collection has no face with the given name."
    },
    fix: {
      zh: "\u6539\u7528 TTF\u3001OTF\u3001TTC \u6216 WOFF 1.0 \u5B57\u4F53\u6587\u4EF6\uFF08WOFF2 \u8BF7\u5148\u8F6C\u6362\uFF09\uFF1B\u96C6\u5408\u5B57\u4F53\uFF08.ttc\uFF09\u8BF7\u7528 postscriptName \u6307\u5B9A\u5176\u4E2D\u7684\u5B57\u4F53\u3002",
      en: "Use a TTF, OTF, TTC or WOFF 1.0 file (convert WOFF2 first); for a collection (.ttc) name the face with postscriptName."
    }
  },
  "render-font-substituted": {
    severity: "info",
    title: { zh: "\u5B57\u4F53\u66FF\u4EE3", en: "Font substituted" },
    message: {
      zh: "\u672A\u627E\u5230{style}\u5B57\u4F53\uFF0C{role}\u4F7F\u7528\u201C{font}\u201D\u4EE3\u66FF",
      en: 'No {style} font found; the {role} uses "{font}" instead'
    },
    cause: {
      zh: "\u516C\u6587\u683C\u5F0F\uFF08GB/T 9704\uFF09\u8981\u6C42\u6807\u9898\u7528\u5C0F\u6807\u5B8B\u4F53\u3001\u6B63\u6587\u7528\u4EFF\u5B8B\u4F53\u3001\u4E00\u7EA7\u6807\u9898\u7528\u9ED1\u4F53\u3001\u4E8C\u7EA7\u6807\u9898\u7528\u6977\u4F53\uFF1B\u672C\u673A\u6CA1\u6709\u8FD9\u79CD\u5B57\u4F53\uFF0C\u6309\u987A\u5E8F\u9009\u7528\u4E86\u6700\u63A5\u8FD1\u7684\u5B57\u4F53\u3002",
      en: "The official-document style (GB/T 9704) asks for \u5C0F\u6807\u5B8B titles, \u4EFF\u5B8B body text, \u9ED1\u4F53 and \u6977\u4F53 headings; that face is not installed, so the closest one was used."
    },
    fix: {
      zh: "\u5B89\u88C5\u8BE5\u5B57\u4F53\uFF0C\u6216\u5728\u9009\u9879 fonts \u4E2D\u4E3A\u8BE5\u7528\u9014\u4F20\u5165\u5B57\u4F53\u6587\u4EF6\u3002",
      en: "Install that face, or pass a font file for that role in the fonts option."
    }
  },
  "render-glyph-substituted": {
    severity: "info",
    title: { zh: "\u4E2A\u522B\u5B57\u7B26\u6539\u7528\u5176\u4ED6\u5B57\u4F53", en: "Characters drawn with another font" },
    message: {
      zh: "\u5B57\u4F53\u201C{font}\u201D\u4E2D\u6CA1\u6709\u201C{characters}\u201D\uFF0C\u8FD9\u4E9B\u5B57\u7B26\u6539\u7528\u201C{substitute}\u201D\u663E\u793A",
      en: 'The font "{font}" lacks "{characters}"; these characters are drawn with "{substitute}"'
    },
    cause: {
      zh: "\u6240\u9009\u5B57\u4F53\u4E0D\u542B\u8FD9\u4E9B\u5B57\u7B26\uFF08\u591A\u4E3A\u751F\u50FB\u5B57\u6216\u7279\u6B8A\u7B26\u53F7\uFF09\uFF0C\u7531\u5DF2\u52A0\u8F7D\u7684\u5176\u4ED6\u5B57\u4F53\u8865\u8DB3\u3002",
      en: "The chosen font lacks these characters (rare characters or symbols); another loaded font supplies them."
    },
    fix: {
      zh: "\u5982\u9700\u7EDF\u4E00\u5B57\u5F62\uFF0C\u8BF7\u6362\u7528\u6536\u5B57\u66F4\u5168\u7684\u5B57\u4F53\uFF08\u9009\u9879 fonts\uFF09\u3002",
      en: "For a uniform look, use a font with a larger character set (fonts option)."
    }
  },
  "render-missing-glyph": {
    severity: "warning",
    title: { zh: "\u5B57\u4F53\u7F3A\u5B57", en: "Characters missing from the font" },
    message: {
      zh: "\u5B57\u4F53\u201C{font}\u201D\u4E2D\u6CA1\u6709\u201C{characters}\u201D\uFF08{codePoints}\uFF09\uFF0CPDF \u4E2D\u8FD9\u4E9B\u5B57\u7B26\u663E\u793A\u4E3A\u7A7A\u6846",
      en: 'The font "{font}" lacks "{characters}" ({codePoints}); they show as empty boxes in the PDF'
    },
    cause: {
      zh: "\u6240\u7528\u5B57\u4F53\uFF08\u53CA\u5176\u4ED6\u5DF2\u52A0\u8F7D\u5B57\u4F53\uFF09\u90FD\u4E0D\u542B\u8FD9\u4E9B\u5B57\u7B26\uFF0C\u591A\u4E3A\u751F\u50FB\u5B57\u3001\u6269\u5C55\u533A\u6C49\u5B57\u6216\u7279\u6B8A\u7B26\u53F7\u3002",
      en: "Neither the chosen font nor any other loaded font has these characters (rare or extension-block characters, or symbols)."
    },
    fix: {
      zh: "\u5728\u9009\u9879 fonts \u4E2D\u6362\u7528\u6536\u5B57\u66F4\u5168\u7684\u5B57\u4F53\uFF08\u5982\u601D\u6E90\u5B8B\u4F53\u3001Noto Serif CJK SC\uFF09\uFF0C\u6216\u6838\u5BF9\u6587\u5B57\u662F\u5426\u5F55\u5165\u6709\u8BEF\u3002",
      en: "Pass a font with a larger character set in the fonts option (e.g. Source Han Serif, Noto Serif CJK SC), or check the text for typing errors."
    }
  }
};

// ../core/src/diagnostics/codes/report.ts
var reportCodes = {
  "json-syntax": {
    severity: "error",
    title: { zh: "\u4E0D\u662F\u6709\u6548\u7684 JSON", en: "Not valid JSON" },
    message: { zh: "\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A{detail}", en: "The file is not valid JSON: {detail}" },
    cause: { zh: "\u62A5\u544A JSON \u6587\u4EF6\u6709\u8BED\u6CD5\u9519\u8BEF\uFF0C\u53EF\u80FD\u88AB\u622A\u65AD\u6216\u624B\u5DE5\u7F16\u8F91\u51FA\u9519\u3002", en: "The report JSON has a syntax error; it may be truncated or hand-edited." },
    fix: { zh: "\u7528\u5DE5\u5177\u91CD\u65B0\u5BFC\u51FA\u62A5\u544A JSON\uFF0C\u6216\u6309\u63D0\u793A\u4F4D\u7F6E\u4FEE\u6B63\u8BED\u6CD5\u3002", en: "Export the report JSON again, or fix the syntax at the position given." }
  },
  "schema-invalid": {
    severity: "error",
    title: { zh: "\u62A5\u544A\u5B57\u6BB5\u4E0D\u7B26\u5408\u683C\u5F0F", en: "Report field does not match the schema" },
    message: { zh: "\u5B57\u6BB5 {path}\uFF1A{detail}", en: "Field {path}: {detail}" },
    cause: { zh: "\u62A5\u544A JSON \u4E2D\u67D0\u4E2A\u5B57\u6BB5\u7F3A\u5931\u3001\u7C7B\u578B\u4E0D\u5BF9\u6216\u4E0D\u5C5E\u4E8E\u8BE5\u62A5\u544A\u683C\u5F0F\u3002", en: "A field of the report JSON is missing, of the wrong type, or not part of the format." },
    fix: { zh: "\u6309 report/v1 \u683C\u5F0F\u4FEE\u6B63\u8BE5\u5B57\u6BB5\uFF08\u8868\u683C\u3001\u884C\u3001\u5217\u987B\u4F7F\u7528\u89C4\u5B9A\u7684\u6807\u8BC6\uFF09\u3002", en: "Correct the field to the report/v1 format (tables, rows and columns use the canonical ids)." }
  },
  "unknown-format": {
    severity: "error",
    title: { zh: "\u672A\u77E5\u7684\u62A5\u544A\u683C\u5F0F", en: "Unknown report format" },
    message: { zh: "\u672A\u77E5\u7684\u62A5\u544A\u683C\u5F0F\u201C{format}\u201D\uFF0C\u53EF\u7528\u7684\u683C\u5F0F\uFF1A{available}", en: 'Unknown report format "{format}"; available: {available}' },
    cause: { zh: "format \u5B57\u6BB5\u4E0D\u662F\u5DF2\u77E5\u7684\u62A5\u544A\u683C\u5F0F\u6807\u8BC6\u3002", en: "The format field is not a known format id." },
    fix: { zh: "\u5C06 format \u8BBE\u4E3A gov-2021\uFF082021\u5E74\u53CA\u4EE5\u540E\uFF09\u3001gov-2019\uFF082019\u20142020\u5E74\uFF09\u6216 legacy\u3002", en: "Set format to gov-2021 (2021 on), gov-2019 (2019\u20132020) or legacy." }
  },
  "cell-not-filled": {
    severity: "warning",
    title: { zh: "\u5355\u5143\u683C\u672A\u586B\u5199", en: "Cells not filled" },
    message: { zh: "{scope}\uFF1A{count} \u4E2A\u5355\u5143\u683C\u672A\u586B\u5199\uFF08{columns}\uFF09", en: "{scope}: {count} cell(s) not filled ({columns})" },
    cause: {
      zh: "\u7A7A\u767D\u5355\u5143\u683C\u8868\u793A\u201C\u672A\u586B\u5199\u201D\uFF0C\u4E0E 0 \u4E0D\u540C\uFF1B\u542B\u7A7A\u767D\u5355\u5143\u683C\u7684\u52FE\u7A3D\u5173\u7CFB\u4E0D\u4F5C\u68C0\u67E5\u3002",
      en: 'A blank cell means "not filled", which is not 0; relations with blank cells are not checked.'
    },
    fix: { zh: "\u6CA1\u6709\u53D1\u751F\u7684\u4E8B\u9879\u8BF7\u586B 0\u3002", en: "Enter 0 where nothing happened." }
  },
  "format-year-mismatch": {
    severity: "error",
    title: { zh: "\u62A5\u544A\u683C\u5F0F\u4E0E\u5E74\u5EA6\u4E0D\u7B26", en: "Format does not fit the report year" },
    message: {
      zh: "{year}\u5E74\u5EA6\u62A5\u544A\u5E94\u4F7F\u7528 {expected} \u683C\u5F0F\uFF08{expectedSource}\uFF09\uFF0C\u5B9E\u9645\u4F7F\u7528\u7684\u662F {actual} \u683C\u5F0F\uFF08\u9002\u7528\u4E8E{range}\uFF09",
      en: "A report for {year} uses format {expected} ({expectedSource}), not {actual} (which applies to {range})"
    },
    cause: {
      zh: "2019\u30012020\u5E74\u5EA6\u62A5\u544A\u4F7F\u7528\u8BD5\u884C\u683C\u5F0F\uFF08\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142019\u301560\u53F7\uFF09\uFF0C2021\u5E74\u5EA6\u8D77\u4F7F\u7528\u56FD\u529E\u516C\u5F00\u529E\u51FD\u30142021\u301530\u53F7\u683C\u5F0F\u3002",
      en: "Reports for 2019\u20132020 use the trial format (2019 No. 60); from 2021 the 2021 No. 30 format applies."
    },
    fix: {
      zh: "\u6309\u62A5\u544A\u5E74\u5EA6\u9009\u62E9\u6B63\u786E\u7684\u6A21\u677F\u91CD\u65B0\u586B\u62A5\uFF1B\u5982\u679C\u5E74\u5EA6\u586B\u9519\u4E86\uFF0C\u6539\u6B63 year \u5B57\u6BB5\u3002",
      en: "Fill in the template of the format that fits the report year; if the year is wrong, correct the year field."
    }
  },
  "period-not-calendar-year": {
    severity: "warning",
    title: { zh: "\u7EDF\u8BA1\u671F\u9650\u4E0D\u662F\u62A5\u544A\u5E74\u5EA6", en: "Statistical period is not the report year" },
    message: {
      zh: "\u7EDF\u8BA1\u671F\u9650\u4E3A {start} \u81F3 {end}\uFF0C{year}\u5E74\u5EA6\u62A5\u544A\u5E94\u4E3A {expectedStart} \u81F3 {expectedEnd}",
      en: "The statistical period is {start} to {end}; a report for {year} covers {expectedStart} to {expectedEnd}"
    },
    cause: { zh: "\u5E74\u5EA6\u62A5\u544A\u7684\u7EDF\u8BA1\u671F\u9650\u662F\u62A5\u544A\u5E74\u5EA6\u76841\u67081\u65E5\u81F312\u670831\u65E5\u3002", en: "An annual report covers 1 January to 31 December of its year." },
    fix: { zh: "\u5C06\u7EDF\u8BA1\u671F\u9650\u6539\u4E3A\u62A5\u544A\u5E74\u5EA6\u76841\u67081\u65E5\u81F312\u670831\u65E5\uFF0C\u5E76\u6838\u5BF9\u6570\u636E\u662F\u5426\u6309\u8BE5\u671F\u9650\u7EDF\u8BA1\u3002", en: "Set the period to the report year, and check the figures were counted for it." }
  },
  "plausibility-regulations": {
    severity: "warning",
    title: { zh: "\u8BE5\u5C42\u7EA7\u673A\u5173\u4E00\u822C\u4E0D\u5236\u5B9A\u89C4\u7AE0", en: "This level of organ does not normally make \u89C4\u7AE0" },
    message: {
      zh: "{organ}\uFF08{level}\uFF09\u7684\u89C4\u7AE0\u201C{column}\u201D\u586B\u4E86 {value} \u4EF6\uFF1B\u89C4\u7AE0\u53EA\u7531\u7701\u3001\u81EA\u6CBB\u533A\u3001\u76F4\u8F96\u5E02\u548C\u8BBE\u533A\u7684\u5E02\u3001\u81EA\u6CBB\u5DDE\u4EBA\u6C11\u653F\u5E9C\u4EE5\u53CA\u56FD\u52A1\u9662\u90E8\u95E8\u5236\u5B9A",
      en: '{organ} ({level}) reports {value} \u89C4\u7AE0 under "{column}"; only provincial governments, governments of cities with districts and State Council departments make them'
    },
    cause: { zh: "\u4E61\u9547\u3001\u53BF\u7EA7\u653F\u5E9C\u53CA\u5176\u90E8\u95E8\u6CA1\u6709\u89C4\u7AE0\u5236\u5B9A\u6743\uFF0C\u5E38\u89C1\u9519\u8BEF\u662F\u628A\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6\u586B\u5165\u89C4\u7AE0\u884C\u3002", en: "Townships, counties and their departments cannot make \u89C4\u7AE0; normative documents are often entered in this row by mistake." },
    fix: { zh: "\u6838\u5BF9\u662F\u5426\u5E94\u586B\u5165\u201C\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6\u201D\u884C\uFF1B\u786E\u65E0\u89C4\u7AE0\u7684\u586B 0\u3002", en: "Check whether the figures belong in the normative-documents row; enter 0 if there are no \u89C4\u7AE0." }
  },
  "credit-code-invalid": {
    severity: "warning",
    title: { zh: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u65E0\u6548", en: "Invalid unified social credit code" },
    message: { zh: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u201C{value}\u201D\u65E0\u6548\uFF1A{detail}", en: 'Unified social credit code "{value}" is invalid: {detail}' },
    cause: { zh: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4E3A18\u4F4D\uFF0C\u6821\u9A8C\u4F4D\u6309 GB 32100 \u8BA1\u7B97\u3002", en: "The code has 18 characters with a GB 32100 check character." },
    fix: { zh: "\u4ECE\u673A\u5173\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u8BC1\u4E66\u4E0A\u6838\u5BF9\u540E\u91CD\u65B0\u586B\u5199\u3002", en: "Copy the code again from the organ\u2019s certificate." }
  },
  "division-code-invalid": {
    severity: "warning",
    title: { zh: "\u884C\u653F\u533A\u5212\u4EE3\u7801\u683C\u5F0F\u4E0D\u5BF9", en: "Invalid administrative division code" },
    message: {
      zh: "\u884C\u653F\u533A\u5212\u4EE3\u7801\u201C{value}\u201D\u4E0D\u5BF9\uFF1A\u5E94\u4E3A6\u4F4D\u30019\u4F4D\u621612\u4F4D\u6570\u5B57\uFF0C\u524D\u4E24\u4F4D\u4E3A\u7701\u7EA7\u4EE3\u7801",
      en: 'Division code "{value}" is wrong: it has 6, 9 or 12 digits and starts with a province code'
    },
    cause: {
      zh: "\u884C\u653F\u533A\u5212\u4EE3\u7801\u4E3A6\u4F4D\uFF08\u53BF\u7EA7\u53CA\u4EE5\u4E0A\uFF09\u62169\u4F4D\u300112\u4F4D\uFF08\u4E61\u9547\u3001\u6751\uFF09\u6570\u5B57\uFF0C\u524D\u4E24\u4F4D\u662F\u7701\u3001\u81EA\u6CBB\u533A\u3001\u76F4\u8F96\u5E02\u7684\u4EE3\u7801\uFF08\u5982 11 \u5317\u4EAC\u300143 \u6E56\u5357\uFF09\u3002",
      en: "Division codes have 6 digits (county and above) or 9/12 digits (township, village); the first two digits are the province (e.g. 11 Beijing, 43 Hunan)."
    },
    fix: { zh: "\u6309\u6C11\u653F\u90E8\u516C\u5E03\u7684\u884C\u653F\u533A\u5212\u4EE3\u7801\u586B\u5199\u3002", en: "Use the code published by the Ministry of Civil Affairs." }
  },
  "submission-late": {
    severity: "warning",
    title: { zh: "\u62A5\u9001\u903E\u671F", en: "Submitted late" },
    message: {
      zh: "{organ}\u4E8E {submitted} \u62A5\u9001\uFF0C\u665A\u4E8E{kind}\u671F\u9650 {deadline}\uFF08{basis}\uFF09\uFF0C\u903E\u671F {days} \u5929",
      en: "{organ} submitted on {submitted}, {days} day(s) after the {kind} deadline {deadline} ({basis})"
    },
    cause: {
      zh: "\u300A\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u6761\u4F8B\u300B\u7B2C\u56DB\u5341\u4E5D\u6761\uFF1A\u53BF\u7EA7\u4EE5\u4E0A\u4EBA\u6C11\u653F\u5E9C\u90E8\u95E8\u5E94\u4E8E\u6BCF\u5E741\u670831\u65E5\u524D\u62A5\u9001\u5E76\u516C\u5E03\u4E0A\u4E00\u5E74\u5EA6\u62A5\u544A\uFF0C\u53BF\u7EA7\u4EE5\u4E0A\u5730\u65B9\u4EBA\u6C11\u653F\u5E9C\u5E94\u4E8E3\u670831\u65E5\u524D\u516C\u5E03\u672C\u7EA7\u653F\u5E9C\u5E74\u5EA6\u62A5\u544A\uFF1B\u4E61\u9547\u7531\u53BF\u7EA7\u53E6\u884C\u89C4\u5B9A\u671F\u9650\u3002",
      en: "Art. 49 of the Regulations: departments by 31 January, local governments publish theirs by 31 March; townships by a locally set date."
    },
    fix: { zh: "\u7763\u4FC3\u6309\u671F\u62A5\u9001\uFF1B\u5982\u786E\u6709\u5EF6\u8BEF\uFF0C\u5728\u62A5\u544A\u4E2D\u8BF4\u660E\u3002", en: "Ask the organ to submit on time; explain any delay in the report." }
  },
  "rule-failed": {
    severity: "error",
    title: { zh: "\u68C0\u67E5\u89C4\u5219\u8FD0\u884C\u51FA\u9519", en: "A check failed to run" },
    message: { zh: "\u68C0\u67E5\u89C4\u5219 {rule} \u8FD0\u884C\u51FA\u9519\uFF0C\u672A\u80FD\u5B8C\u6210\u8BE5\u9879\u68C0\u67E5\uFF1A{detail}", en: "Check {rule} failed to run and was not applied: {detail}" },
    cause: {
      zh: "\u67D0\u6761\u68C0\u67E5\u89C4\u5219\uFF08\u901A\u5E38\u662F\u63D2\u4EF6\u63D0\u4F9B\u7684\u81EA\u5B9A\u4E49\u89C4\u5219\uFF09\u5728\u8FD0\u884C\u65F6\u51FA\u9519\uFF1B\u5176\u4ED6\u68C0\u67E5\u7167\u5E38\u8FDB\u884C\u3002",
      en: "A check (usually a custom rule from a plugin) threw an error; the other checks still ran."
    },
    fix: { zh: "\u628A\u8BE5\u4FE1\u606F\u548C\u62A5\u544A\u6587\u4EF6\u4EA4\u7ED9\u89C4\u5219\u6216\u63D2\u4EF6\u7684\u7EF4\u62A4\u8005\uFF1B\u4FEE\u590D\u524D\u53EF\u7528 disableRules \u6682\u65F6\u5173\u95ED\u8BE5\u89C4\u5219\u3002", en: "Report it with the file to the rule\u2019s or plugin\u2019s maintainer; meanwhile disableRules can turn the rule off." }
  },
  "compare-organ-mismatch": {
    severity: "error",
    title: { zh: "\u4E24\u4EFD\u62A5\u544A\u4E0D\u662F\u540C\u4E00\u673A\u5173", en: "The two reports are of different organs" },
    message: {
      zh: "\u4E24\u4EFD\u62A5\u544A\u4E0D\u662F\u540C\u4E00\u673A\u5173\uFF1A\u4E0A\u5E74\u5EA6\u4E3A\u201C{previousOrgan}\u201D\uFF0C\u672C\u5E74\u5EA6\u4E3A\u201C{currentOrgan}\u201D{codes}\uFF0C\u672A\u505A\u8DE8\u5E74\u5EA6\u8854\u63A5\u68C0\u67E5",
      en: 'The reports are of different organs: "{previousOrgan}" last year, "{currentOrgan}" this year{codes}; the cross-year checks were not run'
    },
    cause: {
      zh: "\u8DE8\u5E74\u5EA6\u6BD4\u8F83\u6309\u673A\u5173\u540D\u79F0\uFF08\u6709\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u65F6\u6309\u4EE3\u7801\uFF09\u786E\u8BA4\u662F\u540C\u4E00\u673A\u5173\uFF1B\u4E24\u4EFD\u62A5\u544A\u7684\u673A\u5173\u4E0D\u4E00\u81F4\u3002",
      en: "A cross-year comparison needs the same organ, matched by credit code when both have one, else by name."
    },
    fix: {
      zh: "\u68C0\u67E5\u662F\u5426\u9009\u9519\u4E86\u6587\u4EF6\uFF1B\u673A\u5173\u66F4\u540D\u7684\uFF0C\u5728\u4E24\u4EFD\u62A5\u544A\u4E2D\u586B\u5199\u76F8\u540C\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u3002",
      en: "Check the files; for a renamed organ, give both reports the same credit code."
    }
  },
  "compare-organ-renamed": {
    severity: "info",
    title: { zh: "\u673A\u5173\u540D\u79F0\u6709\u53D8\u5316", en: "The organ was renamed" },
    message: {
      zh: "\u673A\u5173\u540D\u79F0\u7531\u201C{previousOrgan}\u201D\u53D8\u4E3A\u201C{currentOrgan}\u201D\uFF0C\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u76F8\u540C\uFF0C\u6309\u540C\u4E00\u673A\u5173\u6BD4\u8F83",
      en: 'The organ\u2019s name changed from "{previousOrgan}" to "{currentOrgan}"; the credit code is the same, so it is compared as one organ'
    },
    cause: { zh: "\u4E24\u4EFD\u62A5\u544A\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u76F8\u540C\u800C\u540D\u79F0\u4E0D\u540C\uFF0C\u901A\u5E38\u662F\u673A\u6784\u66F4\u540D\u3002", en: "Same credit code, different names: usually a renaming." },
    fix: { zh: "\u786E\u8BA4\u66F4\u540D\u5C5E\u5B9E\u5373\u53EF\uFF1B\u5982\u679C\u662F\u586B\u9519\u540D\u79F0\uFF0C\u6539\u6B63\u540E\u91CD\u65B0\u6BD4\u8F83\u3002", en: "Confirm the renaming; if a name was mistyped, correct it and compare again." }
  },
  "compare-years-not-consecutive": {
    severity: "warning",
    title: { zh: "\u4E24\u4EFD\u62A5\u544A\u4E0D\u662F\u76F8\u90BB\u5E74\u5EA6", en: "The reports are not of consecutive years" },
    message: {
      zh: "\u4E0A\u5E74\u5EA6\u62A5\u544A\u4E3A{previousYear}\u5E74\u5EA6\uFF0C\u672C\u5E74\u5EA6\u62A5\u544A\u4E3A{currentYear}\u5E74\u5EA6\uFF0C\u4E0D\u662F\u76F8\u90BB\u7684\u4E24\u4E2A\u5E74\u5EA6\uFF0C\u53EA\u5217\u51FA\u6570\u636E\u53D8\u5316\uFF0C\u672A\u505A\u8DE8\u5E74\u5EA6\u8854\u63A5\u68C0\u67E5",
      en: "The earlier report is for {previousYear} and the later for {currentYear}: not consecutive years, so only the changes are listed and the cross-year checks were not run"
    },
    cause: {
      zh: "\u4E0A\u5E74\u7ED3\u8F6C\u3001\u73B0\u884C\u6709\u6548\u4EF6\u6570\u7B49\u8854\u63A5\u5173\u7CFB\u53EA\u5728\u76F8\u90BB\u4E24\u4E2A\u5E74\u5EA6\u4E4B\u95F4\u6210\u7ACB\u3002",
      en: "Carry-over relations (carried over, documents in force) hold only between consecutive years."
    },
    fix: { zh: "\u5148\u4F20\u4E0A\u4E00\u5E74\u5EA6\u7684\u62A5\u544A\uFF0C\u518D\u4F20\u672C\u5E74\u5EA6\u7684\u62A5\u544A\uFF0C\u4E24\u8005\u5E74\u5EA6\u76F8\u5DEE 1\u3002", en: "Pass last year\u2019s report first and this year\u2019s second, one year apart." }
  },
  "compare-table-not-comparable": {
    severity: "info",
    title: { zh: "\u8868\u683C\u4E0D\u80FD\u9010\u9879\u6BD4\u8F83", en: "A table cannot be compared cell by cell" },
    message: {
      zh: "{table}\u5728 {previousFormat} \u4E0E {currentFormat} \u4E24\u79CD\u683C\u5F0F\u4E2D\u7684\u680F\u76EE\u4E0D\u540C\uFF0C\u4E0D\u4F5C\u9010\u9879\u6BD4\u8F83",
      en: "{table} has different rows and columns in {previousFormat} and {currentFormat}; it is not compared cell by cell"
    },
    cause: {
      zh: "2019\u5E74\u8BD5\u884C\u683C\u5F0F\u4E0E2021\u5E74\u683C\u5F0F\u7684\u8868\u4E8C\u680F\u76EE\u4E0D\u540C\uFF08\u5982\u201C\u672C\u5E74\u65B0\u5236\u4F5C\u6570\u91CF\u201D\u4E0E\u201C\u672C\u5E74\u5236\u53D1\u4EF6\u6570\u201D\u3001\u9879\u76EE\u6570\u91CF\u4E0E\u6536\u8D39\u91D1\u989D\uFF09\uFF0C\u6570\u636E\u53E3\u5F84\u4E0D\u53EF\u6BD4\u3002",
      en: "Table II of the 2019 trial format and of the 2021 format have different columns (e.g. made vs issued, item counts vs fee amounts), so the figures do not compare."
    },
    fix: { zh: "\u65E0\u9700\u5904\u7406\uFF1B\u5982\u9700\u6BD4\u8F83\uFF0C\u8BF7\u5BF9\u7167\u4E24\u5E74\u7684\u539F\u8868\u4EBA\u5DE5\u5206\u6790\u3002", en: "Nothing to fix; compare the two tables by hand if needed." }
  },
  "compare-rows-not-comparable": {
    severity: "info",
    title: { zh: "\u90E8\u5206\u884C\u4E0D\u80FD\u9010\u9879\u6BD4\u8F83", en: "Some rows cannot be compared" },
    message: {
      zh: "{table}\uFF1A\u4EE5\u4E0B\u884C\u5728\u4E24\u79CD\u683C\u5F0F\u4E2D\u4E0D\u5BF9\u5E94\uFF0C\u4E0D\u4F5C\u9010\u9879\u6BD4\u8F83\u2014\u2014{previousFormat}\uFF1A{previousRows}\uFF1B{currentFormat}\uFF1A{currentRows}",
      en: "{table}: these rows have no counterpart in the other format and are not compared \u2014 {previousFormat}: {previousRows}; {currentFormat}: {currentRows}"
    },
    cause: {
      zh: "\u4E24\u79CD\u683C\u5F0F\u7684\u884C\u4E0D\u5B8C\u5168\u76F8\u540C\uFF0C\u4F8B\u5982\u8868\u4E09\u201C\uFF08\u516D\uFF09\u5176\u4ED6\u5904\u7406\u201D\u57282019\u5E74\u8BD5\u884C\u683C\u5F0F\u4E2D\u662F\u4E00\u884C\uFF0C\u57282021\u5E74\u683C\u5F0F\u4E2D\u5206\u4E3A\u4E09\u884C\u3002",
      en: "The formats differ in some rows, e.g. table III (6) other handling is one row in the 2019 trial format and three rows in the 2021 format."
    },
    fix: { zh: "\u65E0\u9700\u5904\u7406\uFF1B\u9700\u8981\u65F6\u53EF\u628A2021\u5E74\u683C\u5F0F\u7684\u4E09\u884C\u76F8\u52A0\u540E\u4E0E\u4E0A\u5E74\u7684\u4E00\u884C\u5BF9\u7167\u3002", en: "Nothing to fix; add up the three 2021 rows to compare with last year\u2019s single row if needed." }
  },
  "compare-member-added": {
    severity: "info",
    title: { zh: "\u6C47\u603B\u5355\u4F4D\u65B0\u589E", en: "A member appeared" },
    message: { zh: "\u201C{organ}\u201D\u5728{currentYear}\u5E74\u5EA6\u6C47\u603B\u4E2D\u65B0\u589E\uFF08{previousYear}\u5E74\u5EA6\u6C47\u603B\u4E2D\u6CA1\u6709\uFF09", en: '"{organ}" is in the {currentYear} aggregate but not in {previousYear}' },
    cause: {
      zh: "\u672C\u5E74\u5EA6\u6C47\u603B\u62A5\u544A\u5305\u542B\u4E0A\u5E74\u5EA6\u6C47\u603B\u4E2D\u6CA1\u6709\u7684\u5355\u4F4D\uFF08\u65B0\u8BBE\u673A\u6784\u3001\u540D\u79F0\u53D8\u5316\u6216\u4E0A\u5E74\u672A\u62A5\u9001\uFF09\u3002",
      en: "This year\u2019s aggregate includes a unit last year\u2019s did not (a new organ, a renaming, or one that did not file last year)."
    },
    fix: {
      zh: "\u786E\u8BA4\u5C5E\u5B9E\uFF1B\u540D\u79F0\u53D8\u5316\u7684\uFF0C\u7ED9\u4E24\u5E74\u7684\u5355\u4F4D\u586B\u5199\u76F8\u540C\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4EE5\u4FBF\u5BF9\u5E94\u3002\u6C47\u603B\u8303\u56F4\u53D8\u5316\u4F1A\u4F7F\u6C47\u603B\u6570\u7684\u8DE8\u5E74\u5EA6\u8854\u63A5\u4E0D\u6210\u7ACB\u3002",
      en: "Confirm it; for a renaming, give both years the same credit code. A change of membership breaks the aggregate\u2019s cross-year relations."
    }
  },
  "compare-member-removed": {
    severity: "info",
    title: { zh: "\u6C47\u603B\u5355\u4F4D\u51CF\u5C11", en: "A member disappeared" },
    message: { zh: "\u201C{organ}\u201D\u5728{previousYear}\u5E74\u5EA6\u6C47\u603B\u4E2D\u6709\uFF0C{currentYear}\u5E74\u5EA6\u6C47\u603B\u4E2D\u6CA1\u6709", en: '"{organ}" was in the {previousYear} aggregate but is not in {currentYear}' },
    cause: {
      zh: "\u4E0A\u5E74\u5EA6\u6C47\u603B\u5305\u542B\u7684\u5355\u4F4D\u672C\u5E74\u5EA6\u6CA1\u6709\uFF08\u64A4\u5E76\u3001\u540D\u79F0\u53D8\u5316\u6216\u672C\u5E74\u672A\u62A5\u9001\uFF09\u3002",
      en: "A unit of last year\u2019s aggregate is missing this year (merged, renamed, or did not file)."
    },
    fix: {
      zh: "\u786E\u8BA4\u5C5E\u5B9E\uFF1B\u672A\u62A5\u9001\u7684\u8BF7\u50AC\u62A5\u3002\u6C47\u603B\u8303\u56F4\u53D8\u5316\u4F1A\u4F7F\u6C47\u603B\u6570\u7684\u8DE8\u5E74\u5EA6\u8854\u63A5\u4E0D\u6210\u7ACB\u3002",
      en: "Confirm it; chase a missing report. A change of membership breaks the aggregate\u2019s cross-year relations."
    }
  }
};

// ../core/src/diagnostics/codes/rules.ts
var equationMessage = {
  zh: "{scope}\uFF1A{leftText} = {left}\uFF0C{rightText} = {right}\uFF0C{relation}",
  en: "{scope}: {leftText} = {left}, {rightText} = {right}; {relation}"
};
function equation(title, cause, fix, severity = "error") {
  return {
    severity,
    title: { zh: title[0], en: title[1] },
    message: equationMessage,
    cause: { zh: cause[0], en: cause[1] },
    fix: { zh: fix[0], en: fix[1] }
  };
}
var cellsMessage = {
  zh: "{scope}\uFF1A{problem}\uFF08\u586B\u5199\u7684\u662F {actual}\uFF09",
  en: "{scope}: {problem} (the value is {actual})"
};
var ruleCodes = {
  "R2-1": {
    severity: "error",
    title: { zh: "\u8868\u4E8C\u6570\u503C\u5E94\u4E3A\u975E\u8D1F\u6570", en: "Table II values must be non-negative" },
    message: cellsMessage,
    cause: { zh: "\u8868\u4E8C\u7684\u4EF6\u6570\u3001\u5904\u7406\u51B3\u5B9A\u6570\u91CF\u987B\u4E3A\u975E\u8D1F\u6574\u6570\uFF0C\u91D1\u989D\u987B\u4E3A\u975E\u8D1F\u6570\u3002", en: "Counts in table II are non-negative whole numbers; amounts are non-negative." },
    fix: { zh: "\u6539\u4E3A\u975E\u8D1F\u6574\u6570\uFF08\u91D1\u989D\u53EF\u6709\u5C0F\u6570\uFF09\uFF1B\u6CA1\u6709\u7684\u586B 0\u3002", en: "Enter a non-negative whole number (amounts may have decimals); enter 0 where there is none." }
  },
  "R2-5": {
    severity: "error",
    title: { zh: "\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u52A0\u672C\u5E74\u589E/\u51CF\u4E3A\u8D1F", en: "Items last year plus change is negative" },
    message: { zh: "{scope}\uFF1A{leftText} = {left}\uFF0C\u4E0D\u80FD\u4E3A\u8D1F\u6570", en: "{scope}: {leftText} = {left}, which must not be negative" },
    cause: { zh: "\u672C\u5E74\u589E/\u51CF\u7684\u51CF\u5C11\u6570\u8D85\u8FC7\u4E86\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u3002", en: "The decrease is larger than last year\u2019s item count." },
    fix: { zh: "\u6838\u5BF9\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u548C\u672C\u5E74\u589E/\u51CF\uFF08\u51CF\u5C11\u7528\u8D1F\u6570\uFF0C\u5982 -8\uFF09\u3002", en: "Check last year\u2019s count and the change (decreases are negative, e.g. -8)." }
  },
  "R2-6": {
    severity: "error",
    title: { zh: "\u672C\u5E74\u589E/\u51CF\u5E94\u4E3A\u6574\u6570", en: "The yearly change must be a whole number" },
    message: cellsMessage,
    cause: { zh: "\u672C\u5E74\u589E/\u51CF\u662F\u9879\u76EE\u6570\u91CF\u7684\u53D8\u5316\uFF0C\u987B\u4E3A\u6574\u6570\uFF0C\u53EF\u4EE5\u4E3A\u8D1F\u6570\u3002", en: "The change is a difference of item counts: a whole number, possibly negative." },
    fix: { zh: "\u586B\u5199\u6574\u6570\uFF1B\u51CF\u5C11\u7528\u8D1F\u6570\u8868\u793A\uFF0C\u5982 -8\u3002", en: "Enter a whole number; write decreases as negatives, e.g. -8." }
  },
  "R2-7": equation(
    ["\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF\u5C11\u4E8E\u672C\u5E74\u65B0\u516C\u5F00\u6570\u91CF", "Total published is below this year\u2019s new publications"],
    ["\u5BF9\u5916\u516C\u5F00\u603B\u6570\u91CF\u901A\u5E38\u5305\u542B\u672C\u5E74\u65B0\u516C\u5F00\u7684\u6570\u91CF\u3002", "The total normally includes this year\u2019s publications."],
    ["\u6838\u5BF9\u4E24\u5217\u662F\u5426\u586B\u53CD\u6216\u6F0F\u8BA1\u3002", "Check whether the two columns were swapped or under-counted."],
    "warning"
  ),
  "R3-1": equation(
    ["\u8868\u4E09\u52FE\u7A3D\u5173\u7CFB\u4E0D\u5E73\u8861", "Table III does not balance"],
    [
      "\u8868\u4E09\u6BCF\u4E00\u5217\u987B\u6EE1\u8DB3\uFF1A\u7B2C\u4E00\u9879\u52A0\u7B2C\u4E8C\u9879\u4E4B\u548C\uFF0C\u7B49\u4E8E\u7B2C\u4E09\u9879\uFF08\u529E\u7406\u7ED3\u679C\u603B\u8BA1\uFF09\u52A0\u7B2C\u56DB\u9879\u4E4B\u548C\u3002",
      "In every column of table III, I + II must equal III (total handled) + IV."
    ],
    ["\u6838\u5BF9\u672C\u5E74\u65B0\u6536\u3001\u4E0A\u5E74\u7ED3\u8F6C\u3001\u529E\u7406\u7ED3\u679C\u603B\u8BA1\u548C\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7684\u6570\u91CF\uFF0C\u4F7F\u4E24\u8FB9\u76F8\u7B49\u3002", "Check new, carried-over, handled and carried-forward counts until both sides agree."]
  ),
  "R3-2": equation(
    ["\u8868\u4E09\u603B\u8BA1\u5217\u4E0D\u7B49\u4E8E\u5404\u7533\u8BF7\u4EBA\u5217\u4E4B\u548C", "Table III total column does not add up"],
    ["\u6BCF\u4E00\u884C\u7684\u201C\u603B\u8BA1\u201D\u987B\u7B49\u4E8E\u81EA\u7136\u4EBA\u4E0E\u6CD5\u4EBA\u6216\u5176\u4ED6\u7EC4\u7EC7\u4E94\u5217\u4E4B\u548C\u3002", "Each row\u2019s total must equal natural persons plus the five organization columns."],
    ["\u91CD\u65B0\u8BA1\u7B97\u8BE5\u884C\u603B\u8BA1\uFF0C\u6216\u6838\u5BF9\u5404\u7533\u8BF7\u4EBA\u5217\u3002", "Recompute the row total, or check the applicant columns."]
  ),
  "R3-3": equation(
    ["\u529E\u7406\u7ED3\u679C\u603B\u8BA1\u4E0D\u7B49\u4E8E\u5404\u9879\u4E4B\u548C", "Total handled does not equal the sum of results"],
    ["\uFF08\u4E03\uFF09\u603B\u8BA1\u987B\u7B49\u4E8E\uFF08\u4E00\uFF09\u81F3\uFF08\u516D\uFF09\u5404\u9879\u529E\u7406\u7ED3\u679C\u4E4B\u548C\uFF0C\u6BCF\u4EF6\u7533\u8BF7\u53EA\u8BA1\u5165\u4E00\u79CD\u7ED3\u679C\u3002", "Row (7) must equal the sum of results (1)\u2013(6); each application counts once."],
    ["\u6838\u5BF9\u5404\u9879\u529E\u7406\u7ED3\u679C\uFF0C\u6216\u91CD\u65B0\u8BA1\u7B97\uFF08\u4E03\uFF09\u603B\u8BA1\u3002", "Check the result rows, or recompute row (7)."]
  ),
  "R3-4": {
    severity: "error",
    title: { zh: "\u8868\u4E09\u6570\u503C\u5E94\u4E3A\u975E\u8D1F\u6574\u6570", en: "Table III values must be non-negative whole numbers" },
    message: cellsMessage,
    cause: { zh: "\u8868\u4E09\u7EDF\u8BA1\u7684\u662F\u7533\u8BF7\u4EF6\u6570\uFF0C\u53EA\u80FD\u662F\u975E\u8D1F\u6574\u6570\u3002", en: "Table III counts applications: non-negative whole numbers only." },
    fix: { zh: "\u6539\u4E3A\u975E\u8D1F\u6574\u6570\uFF1B\u6CA1\u6709\u7684\u586B 0\u3002", en: "Enter a non-negative whole number; enter 0 where there is none." }
  },
  "R3-8": equation(
    ["\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u6570\u91CF\u8D85\u8FC7\u53EF\u529E\u7406\u6570\u91CF", "Carried forward exceeds what was open"],
    ["\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406\u7684\u7533\u8BF7\u4E0D\u53EF\u80FD\u591A\u4E8E\u672C\u5E74\u65B0\u6536\u4E0E\u4E0A\u5E74\u7ED3\u8F6C\u4E4B\u548C\u3002", "Applications carried forward cannot exceed new plus carried-over applications."],
    ["\u6838\u5BF9\u7B2C\u56DB\u9879\u4E0E\u7B2C\u4E00\u3001\u4E8C\u9879\u3002", "Check item IV against items I and II."]
  ),
  "R4-1": equation(
    ["\u884C\u653F\u590D\u8BAE\u603B\u8BA1\u4E0D\u7B49\u4E8E\u5404\u7ED3\u679C\u4E4B\u548C", "Reconsideration total does not add up"],
    ["\u884C\u653F\u590D\u8BAE\u7684\u603B\u8BA1\u987B\u7B49\u4E8E\u7ED3\u679C\u7EF4\u6301\u3001\u7ED3\u679C\u7EA0\u6B63\u3001\u5176\u4ED6\u7ED3\u679C\u3001\u5C1A\u672A\u5BA1\u7ED3\u4E4B\u548C\u3002", "The reconsideration total must equal upheld + corrected + other + pending."],
    ["\u91CD\u65B0\u8BA1\u7B97\u603B\u8BA1\u3002", "Recompute the total."]
  ),
  "R4-2": equation(
    ["\u672A\u7ECF\u590D\u8BAE\u76F4\u63A5\u8D77\u8BC9\u603B\u8BA1\u4E0D\u7B49\u4E8E\u5404\u7ED3\u679C\u4E4B\u548C", "Direct litigation total does not add up"],
    ["\u672A\u7ECF\u590D\u8BAE\u76F4\u63A5\u8D77\u8BC9\u7684\u603B\u8BA1\u987B\u7B49\u4E8E\u56DB\u9879\u7ED3\u679C\u4E4B\u548C\u3002", "The direct-litigation total must equal the four outcomes."],
    ["\u91CD\u65B0\u8BA1\u7B97\u603B\u8BA1\u3002", "Recompute the total."]
  ),
  "R4-3": equation(
    ["\u590D\u8BAE\u540E\u8D77\u8BC9\u603B\u8BA1\u4E0D\u7B49\u4E8E\u5404\u7ED3\u679C\u4E4B\u548C", "Litigation-after-reconsideration total does not add up"],
    ["\u590D\u8BAE\u540E\u8D77\u8BC9\u7684\u603B\u8BA1\u987B\u7B49\u4E8E\u56DB\u9879\u7ED3\u679C\u4E4B\u548C\u3002", "The total must equal the four outcomes."],
    ["\u91CD\u65B0\u8BA1\u7B97\u603B\u8BA1\u3002", "Recompute the total."]
  ),
  "R4-4": {
    severity: "error",
    title: { zh: "\u8868\u56DB\u6570\u503C\u5E94\u4E3A\u975E\u8D1F\u6574\u6570", en: "Table IV values must be non-negative whole numbers" },
    message: cellsMessage,
    cause: { zh: "\u8868\u56DB\u7EDF\u8BA1\u7684\u662F\u6848\u4EF6\u6570\uFF0C\u53EA\u80FD\u662F\u975E\u8D1F\u6574\u6570\u3002", en: "Table IV counts cases: non-negative whole numbers only." },
    fix: { zh: "\u6539\u4E3A\u975E\u8D1F\u6574\u6570\uFF1B\u6CA1\u6709\u7684\u586B 0\u3002", en: "Enter a non-negative whole number; enter 0 where there is none." }
  },
  "R3-7": equation(
    ["\u4E0A\u5E74\u7ED3\u8F6C\u4E0E\u4E0A\u5E74\u5EA6\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u4E0D\u4E00\u81F4", "Carried-over does not match last year\u2019s carried-forward"],
    [
      "\u672C\u5E74\u5EA6\u201C\u4E8C\u3001\u4E0A\u5E74\u7ED3\u8F6C\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u7533\u8BF7\u6570\u91CF\u201D\u5E94\u7B49\u4E8E\u4E0A\u4E00\u5E74\u5EA6\u62A5\u544A\u201C\u56DB\u3001\u7ED3\u8F6C\u4E0B\u5E74\u5EA6\u7EE7\u7EED\u529E\u7406\u201D\u7684\u6570\u91CF\uFF08\u673A\u6784\u8C03\u6574\u4F1A\u9020\u6210\u5DEE\u5F02\uFF09\u3002",
      "This year\u2019s II (carried over) should equal last year\u2019s IV (carried forward); reorganisations break it."
    ],
    ["\u6838\u5BF9\u4E24\u5E74\u62A5\u544A\uFF1B\u673A\u6784\u8C03\u6574\u7B49\u539F\u56E0\u9020\u6210\u5DEE\u5F02\u7684\uFF0C\u5728\u62A5\u544A\u4E2D\u8BF4\u660E\u3002", "Check both years; explain differences caused by reorganisation in the report."],
    "warning"
  ),
  "R2-2": equation(
    ["\u73B0\u884C\u6709\u6548\u4EF6\u6570\u4E0E\u4E0A\u5E74\u4E0D\u8854\u63A5", "Documents in force do not carry over"],
    [
      "\u73B0\u884C\u6709\u6548\u4EF6\u6570\u4E00\u822C\u7B49\u4E8E\u4E0A\u5E74\u73B0\u884C\u6709\u6548\u4EF6\u6570\u52A0\u672C\u5E74\u5236\u53D1\u4EF6\u6570\u51CF\u672C\u5E74\u5E9F\u6B62\u4EF6\u6570\uFF1B\u4FEE\u8BA2\u3001\u6E05\u7406\u4F1A\u9020\u6210\u5DEE\u5F02\u3002",
      "In force normally equals last year\u2019s in force + issued \u2212 repealed; amendments and clean-ups make it differ."
    ],
    ["\u6838\u5BF9\u4EF6\u6570\uFF1B\u6709\u6E05\u7406\u3001\u4FEE\u8BA2\u7B49\u60C5\u51B5\u7684\u5728\u62A5\u544A\u4E2D\u8BF4\u660E\u3002", "Check the counts; explain clean-ups or amendments in the report."],
    "warning"
  ),
  "R2-3": equation(
    ["\u5E9F\u6B62\u4EF6\u6570\u8D85\u8FC7\u53EF\u5E9F\u6B62\u4EF6\u6570", "More repealed than could be"],
    ["\u672C\u5E74\u5E9F\u6B62\u7684\u6587\u4EF6\u5E94\u5728\u4E0A\u5E74\u73B0\u884C\u6709\u6548\u6216\u672C\u5E74\u5236\u53D1\u7684\u8303\u56F4\u5185\u3002", "Repealed documents must have been in force last year or issued this year."],
    ["\u6838\u5BF9\u672C\u5E74\u5E9F\u6B62\u4EF6\u6570\u548C\u4E24\u5E74\u7684\u73B0\u884C\u6709\u6548\u4EF6\u6570\u3002", "Check the repealed count and both years\u2019 documents in force."],
    "warning"
  ),
  "R2-4": equation(
    ["\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u4E0E\u4E0A\u5E74\u5EA6\u4E0D\u8854\u63A5", "Last year\u2019s item count does not carry over"],
    [
      "\u672C\u5E74\u5EA6\u7684\u201C\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u201D\u5E94\u7B49\u4E8E\u4E0A\u5E74\u5EA6\u62A5\u544A\u7684\u201C\u4E0A\u4E00\u5E74\u9879\u76EE\u6570\u91CF\u201D\u52A0\u201C\u672C\u5E74\u589E/\u51CF\u201D\u3002",
      "This year\u2019s items last year should equal last year\u2019s items last year plus its change."
    ],
    ["\u6838\u5BF9\u4E24\u5E74\u62A5\u544A\u7684\u9879\u76EE\u6570\u91CF\u3002", "Check the item counts of both years."],
    "warning"
  )
};

// ../core/src/diagnostics/catalog.ts
var catalogParts = [
  { id: "report", title: { zh: "\u62A5\u544A\u6587\u4EF6\u4E0E\u62A5\u544A\u6574\u4F53", en: "The report file and the report as a whole" }, codes: reportCodes },
  { id: "rules", title: { zh: "\u8868\u683C\u52FE\u7A3D\u89C4\u5219\uFF08\u89C4\u8303\u7B2C6\u8282\uFF09", en: "Table rules (spec \xA76)" }, codes: ruleCodes },
  { id: "narrative", title: { zh: "\u53D9\u8FF0\u5F0F\u62A5\u544A\u4E0E\u63D2\u4EF6", en: "Narrative reports and plugins" }, codes: narrativeCodes },
  { id: "import", title: { zh: "\u8BFB\u53D6 Excel \u5DE5\u4F5C\u7C3F", en: "Reading Excel workbooks" }, codes: importCodes },
  { id: "aggregate", title: { zh: "\u6C47\u603B\u4E0E\u540D\u518C", en: "Aggregation and rosters" }, codes: aggregateCodes },
  { id: "render", title: { zh: "\u751F\u6210 HTML \u548C PDF", en: "HTML and PDF output" }, codes: renderCodes },
  { id: "cli", title: { zh: "\u547D\u4EE4\u884C\u5DE5\u5177", en: "The command line" }, codes: cliCodes }
];
var diagnosticCatalog = Object.freeze(Object.assign({}, ...catalogParts.map((part) => part.codes)));

// ../core/src/diagnostics/create.ts
function paramText(value, locale = "zh-CN") {
  if (typeof value === "object" && value !== null) return locale === "en" ? value.en : value.zh;
  return String(value);
}
function interpolate(template, params = {}, locale = "zh-CN") {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? paramText(params[name], locale) : whole);
}
function createDiagnostic(input, options = {}) {
  const locale = options.locale ?? "zh-CN";
  const entry2 = options.catalog?.[input.code] ?? diagnosticCatalog[input.code];
  const language = locale === "en" ? "en" : "zh";
  const template = options.messages?.[locale]?.[input.code] ?? entry2?.message[language] ?? input.code;
  const diagnostic = {
    code: input.code,
    severity: input.severity ?? entry2?.severity ?? "error",
    message: interpolate(template, input.params, locale),
    location: input.location ?? {}
  };
  if (input.expected !== void 0) diagnostic.expected = input.expected;
  if (input.actual !== void 0) diagnostic.actual = input.actual;
  if (entry2) diagnostic.help = interpolate(entry2.fix[language], input.params, locale);
  if (input.params) diagnostic.params = input.params;
  return diagnostic;
}

// ../core/src/narrative/decode-text.ts
function startsWith(bytes, prefix) {
  return prefix.every((byte, index) => bytes[index] === byte);
}
function recogniseBinary(bytes) {
  if (startsWith(bytes, [37, 80, 68, 70])) return "PDF";
  if (startsWith(bytes, [80, 75, 3, 4])) return "Word/Excel (.docx/.xlsx)";
  if (startsWith(bytes, [208, 207, 17, 224])) return "Word/Excel (.doc/.xls)";
  if (startsWith(bytes, [123, 92, 114, 116, 102])) return "RTF";
  if (startsWith(bytes, [137, 80, 78, 71]) || startsWith(bytes, [255, 216, 255])) return "PNG/JPEG";
  return void 0;
}
function decodeStrict(bytes, encoding) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function looksBinary(text) {
  if (text.includes("\0")) return true;
  let bad = 0;
  for (const character of text) {
    const code = character.codePointAt(0);
    if (code === 65533 || code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) bad += 1;
  }
  return bad > Math.max(2, text.length * 0.01);
}
function decodeText(input) {
  if (input instanceof ArrayBuffer) return decodeText(new Uint8Array(input));
  if (typeof input !== "string" && !(input instanceof Uint8Array)) return { reason: "binary", looksLike: typeof input };
  if (typeof input === "string") {
    const text2 = input.replace(/^\uFEFF/, "");
    if (text2.trim() === "") return { reason: "empty" };
    return looksBinary(text2) ? { reason: "binary" } : { text: text2, encoding: "utf-8" };
  }
  if (input.length === 0) return { reason: "empty" };
  const looksLike = recogniseBinary(input);
  if (looksLike) return { reason: "binary", looksLike };
  let decoded;
  if (startsWith(input, [255, 254])) decoded = { text: new TextDecoder("utf-16le").decode(input), encoding: "utf-16le" };
  else if (startsWith(input, [254, 255])) decoded = { text: new TextDecoder("utf-16be").decode(input), encoding: "utf-16be" };
  else {
    const utf8 = decodeStrict(input, "utf-8");
    const gb = utf8 === void 0 ? decodeStrict(input, "gb18030") : void 0;
    decoded = utf8 !== void 0 ? { text: utf8, encoding: "utf-8" } : gb !== void 0 ? { text: gb, encoding: "gb18030" } : { text: new TextDecoder("utf-8").decode(input), encoding: "utf-8" };
  }
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (looksBinary(text)) return { reason: "binary" };
  if (text.trim() === "") return { reason: "empty" };
  return { ...decoded, text };
}

// ../core/src/narrative/organ-level.ts
function inferOrganLevel(name) {
  const text = name.replace(/[\s\u3000]+/g, "");
  if (/(镇|乡|街道|街道办事处|苏木)(人民政府)?$/.test(text)) return "township";
  if (/(局|委员会|委|办公室|办|厅|署|中心|所|院|处)$/.test(text)) return "department";
  const government = text.replace(/人民政府$|政府$/, "");
  if (/(省|自治区)$/.test(government) || /^(北京|天津|上海|重庆)市$/.test(government)) return "province";
  if (/(县|区|旗|自治县|自治旗|林区|特区)$/.test(government)) return "county";
  if (/(市|州|盟)$/.test(government)) return "city";
  return "other";
}

// ../core/src/narrative/report-title.ts
var DISCLOSURE = /(政府信息公开|政务公开|信息公开)/;
function parseReportTitle(line) {
  const title = line.trim();
  const bare = title.replace(/^[《〈"“]+|[》〉"”]+$/g, "").replace(/^关于/, "");
  if (bare.length > 80 || !DISCLOSURE.test(bare) || !/报告|年报/.test(bare)) return void 0;
  if (/[。；;]/.test(bare.replace(/[。]$/, ""))) return void 0;
  const digits2 = bare.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  const yearMatch = /(20\d{2})\s*年度?/.exec(digits2);
  const year = yearMatch ? Number(yearMatch[1]) : void 0;
  let organ;
  const disclosure = DISCLOSURE.exec(digits2);
  if (yearMatch && yearMatch.index > 0) {
    organ = digits2.slice(0, yearMatch.index);
  } else if (yearMatch) {
    organ = digits2.slice(yearMatch.index + yearMatch[0].length, disclosure.index > yearMatch.index ? disclosure.index : void 0);
  } else {
    organ = digits2.slice(0, disclosure.index);
  }
  organ = organ?.replace(/^关于|的?$|[\s\u3000]+/g, "").trim();
  return { title, ...organ ? { organ } : {}, ...year ? { year } : {} };
}

// ../core/src/narrative/stated-period.ts
import { isValid } from "date-fns";
var DATE_RANGE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—+|–|-+|~|～|－)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
var PERIOD_CUE = /统计(?:期限|时限|期间|区间|时间|周期|范围|截止)|数据.{0,6}(?:期限|时限|期间)|统计的?数据/;
function isoDate(year, month, day) {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return void 0;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function parseStatedPeriod(sentence) {
  const text = sentence.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  if (!PERIOD_CUE.test(text)) return void 0;
  const match = DATE_RANGE.exec(text);
  if (!match) return void 0;
  const [source, startYear, startMonth, startDay, endYear, endMonth, endDay] = match;
  const start = isoDate(Number(startYear), Number(startMonth), Number(startDay));
  const end = isoDate(Number(endYear ?? startYear), Number(endMonth), Number(endDay));
  if (!start || !end) return { invalid: true, source };
  return { start, end, source };
}
function splitSentences(paragraph) {
  return paragraph.match(/[^。；;！？!?]+[。；;！？!?]?/g) ?? [];
}

// ../core/src/narrative/import-narrative-text.ts
var EDGE_SPACE = /^[\s\u3000\u00a0\ufeff\u200b]+|[\s\u3000\u00a0\ufeff\u200b]+$/g;
var ENCODING_NAMES = { "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", gb18030: "GB18030\uFF08GBK\uFF09" };
function shorten(text, length = 40) {
  return text.length > length ? `${text.slice(0, length)}\u2026` : text;
}
function importNarrativeText(input, options = {}) {
  const diagnostics = [];
  const fileLocation = options.file ? { file: options.file } : {};
  const diagnostic = (code, params = {}, location = {}, severity) => diagnostics.push(createDiagnostic({ code, params, location: { ...fileLocation, ...location }, ...severity ? { severity } : {} }, options));
  const decoded = decodeText(input);
  if ("reason" in decoded) {
    if (decoded.reason === "empty") diagnostic("narrative-empty");
    else {
      const detail = decoded.looksLike === void 0 ? { zh: "\u542B\u6709\u5927\u91CF\u975E\u6587\u5B57\u5185\u5BB9", en: "it contains binary data" } : /^[a-z]+$/.test(decoded.looksLike) ? { zh: `\u8F93\u5165\u4E0D\u662F\u6587\u672C\u6216\u5B57\u8282\uFF0C\u800C\u662F ${decoded.looksLike}`, en: `the input is a ${decoded.looksLike}, not text or bytes` } : { zh: `\u770B\u8D77\u6765\u662F ${decoded.looksLike} \u6587\u4EF6`, en: `it looks like a ${decoded.looksLike} file` };
      diagnostic("narrative-unreadable", { detail });
    }
    return { diagnostics };
  }
  if (decoded.encoding !== "utf-8") diagnostic("narrative-encoding", { encoding: ENCODING_NAMES[decoded.encoding] ?? decoded.encoding });
  const lines = decoded.text.split(/\r\n|\r|\n/).map((raw, index) => ({ text: raw.replace(EDGE_SPACE, ""), line: index + 1 })).filter((line) => line.text !== "");
  if (lines.length === 0) {
    diagnostic("narrative-empty");
    return { diagnostics };
  }
  const firstHeading = lines.findIndex((line) => parseHeading(line.text)?.level === 1);
  const searchEnd = Math.min(firstHeading >= 0 ? firstHeading : lines.length, 10);
  const titleIndex = lines.slice(0, searchEnd).findIndex((line) => parseReportTitle(line.text) !== void 0);
  const titleLine = titleIndex >= 0 ? lines[titleIndex] : void 0;
  const titleInfo = titleLine ? parseReportTitle(titleLine.text) : void 0;
  const organOption = typeof options.organ === "string" ? { name: options.organ } : options.organ ?? {};
  const organName = organOption.name ?? titleInfo?.organ;
  const year = options.year ?? titleInfo?.year;
  if (!titleLine) {
    const canContinue = organName !== void 0 && year !== void 0;
    diagnostic("narrative-title-missing", { text: shorten(lines[0].text) }, { line: lines[0].line }, canContinue ? "warning" : void 0);
    if (!canContinue) return { diagnostics };
  } else {
    if (organName === void 0) diagnostic("narrative-organ-missing", { title: titleLine.text }, { line: titleLine.line });
    if (year === void 0) diagnostic("narrative-year-missing", { title: titleLine.text }, { line: titleLine.line });
    if (organName === void 0 || year === void 0) return { diagnostics };
  }
  const form = options.form ?? legacyBase;
  const positions2 = /* @__PURE__ */ new Map();
  if (titleLine) positions2.set("title", { line: titleLine.line, text: titleLine.text });
  const preface = [];
  const sections = [];
  const tops = [];
  let open = [];
  const addParagraph = (text, line) => {
    const top = open.at(-1);
    if (!top) {
      positions2.set(`preface[${preface.length}]`, { line, text });
      preface.push(text);
      return;
    }
    positions2.set(`${top.path}.paragraphs[${top.section.paragraphs.length}]`, { line, text });
    top.section.paragraphs.push(text);
  };
  if (titleIndex > 0) diagnostic("narrative-text-before-title", { count: titleIndex }, { line: lines[0].line, section: "preface" });
  for (const [index, { text, line }] of lines.entries()) {
    if (index === titleIndex) continue;
    const heading = parseHeading(text);
    if (!heading || heading.level > 1 && open.length === 0) {
      addParagraph(text, line);
      continue;
    }
    const section = { id: "", title: heading.title, paragraphs: [], children: [] };
    let path;
    if (heading.level === 1) {
      path = `sections[${sections.length}]`;
      sections.push(section);
      tops.push({ section, line });
      open = [];
    } else {
      while (open.length > 1 && open.at(-1).level >= heading.level) open.pop();
      const parent = open.at(-1);
      path = `${parent.path}.children[${parent.section.children.length}]`;
      parent.section.children.push(section);
    }
    open.push({ section, level: heading.level, path });
    positions2.set(path, { line, text: heading.title });
    if (heading.rest) addParagraph(heading.rest, line);
  }
  const used = /* @__PURE__ */ new Set();
  for (const [index, { section, line }] of tops.entries()) {
    const known = matchFormSection(form, section.title);
    if (known && !used.has(known.id)) section.id = known.id;
    else {
      const ordinal = parseHeading(section.title)?.ordinal ?? index + 1;
      let id = `section-${ordinal}`;
      for (let n = 2; used.has(id); n++) id = `section-${ordinal}-${n}`;
      section.id = id;
      diagnostic("narrative-section-unrecognized", { title: section.title, id }, { line, section: id });
    }
    used.add(section.id);
  }
  const numberChildren = (section) => section.children.forEach((child, index) => {
    child.id = `${section.id}.${index + 1}`;
    numberChildren(child);
  });
  sections.forEach(numberChildren);
  if (sections.length === 0) diagnostic("narrative-no-sections", { count: preface.length }, { section: "preface" });
  let period;
  for (const { text, line } of lines) {
    const stated = splitSentences(text).map(parseStatedPeriod).find((found) => found !== void 0);
    if (!stated) continue;
    if ("invalid" in stated) {
      diagnostic("narrative-period-invalid", { text: stated.source }, { line, path: "period", section: "preface" });
    } else {
      period = { start: stated.start, end: stated.end };
      positions2.set("period", { line, text: `${stated.start}/${stated.end}` });
    }
    break;
  }
  const organ = {
    ...organOption,
    name: organName,
    level: options.level ?? organOption.level ?? inferOrganLevel(organName)
  };
  const report2 = {
    schema: "report/v1",
    format: form.id,
    year,
    organ,
    ...period ? { period } : {},
    ...titleLine ? { title: titleLine.text } : {},
    ...preface.length > 0 ? { preface } : {},
    tables: {},
    sections,
    ...options.file ? { sources: [{ file: options.file }] } : {}
  };
  recordSourceLines(report2, positions2);
  return { report: report2, diagnostics };
}

// src/messages.ts
var zh = {
  aggregateAppendix: "\u9644\uFF1A\u6C47\u603B\u8BF4\u660E",
  completenessTitle: "\u62A5\u9001\u60C5\u51B5",
  completenessItem: "\u9879\u76EE",
  completenessCount: "\u6570\u91CF",
  completenessNames: "\u5355\u4F4D",
  expected: "\u5E94\u62A5\u9001\u5355\u4F4D",
  received: "\u5DF2\u62A5\u9001\u5355\u4F4D",
  missing: "\u672A\u62A5\u9001\u5355\u4F4D",
  accepted: "\u7EB3\u5165\u6C47\u603B",
  rejected: "\u9000\u56DE\uFF08\u672A\u7EB3\u5165\uFF09",
  duplicate: "\u91CD\u590D\u62A5\u9001",
  unexpected: "\u540D\u5355\u5916\u62A5\u9001",
  excluded: "\u5DF2\u6392\u9664",
  late: "\u903E\u671F\u62A5\u9001",
  outcomeTitle: "\u672A\u7EB3\u5165\u6C47\u603B\u6216\u6709\u95EE\u9898\u7684\u62A5\u9001",
  outcomeFile: "\u6587\u4EF6",
  outcomeOrgan: "\u5355\u4F4D",
  outcomeStatus: "\u5904\u7406",
  outcomeReasons: "\u539F\u56E0",
  membersTitle: "\u5404\u5355\u4F4D\u4E3B\u8981\u6570\u636E",
  membersIndex: "\u5E8F\u53F7",
  membersOrgan: "\u5355\u4F4D",
  membersTotal: "\u5408\u8BA1",
  membersNone: "\u6CA1\u6709\u7EB3\u5165\u6C47\u603B\u7684\u5355\u4F4D\u3002",
  childrenTitle: "\u4E0B\u7EA7\u6C47\u603B\uFF1A{name}",
  figureNewReceived: "\u672C\u5E74\u65B0\u6536\u7533\u8BF7",
  figureCarriedOver: "\u4E0A\u5E74\u7ED3\u8F6C",
  figureTotalHandled: "\u529E\u7406\u7ED3\u679C\u603B\u8BA1",
  figureCarriedForward: "\u7ED3\u8F6C\u4E0B\u5E74\u5EA6",
  figureReview: "\u884C\u653F\u590D\u8BAE\u603B\u8BA1",
  figureLitigation: "\u884C\u653F\u8BC9\u8BBC\u603B\u8BA1",
  lateMark: "\uFF08\u903E\u671F\uFF09",
  subject: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u5DE5\u4F5C\u5E74\u5EA6\u62A5\u544A",
  keywords: "\u653F\u5E9C\u4FE1\u606F\u516C\u5F00, \u5E74\u5EA6\u62A5\u544A, {year}\u5E74",
  fontsUsed: "{role}\uFF1A{font}"
};
var en = {
  aggregateAppendix: "Appendix: aggregation",
  completenessTitle: "Submissions",
  completenessItem: "Item",
  completenessCount: "Count",
  completenessNames: "Organs",
  expected: "Expected to file",
  received: "Filed",
  missing: "Missing",
  accepted: "Included in the totals",
  rejected: "Rejected (not included)",
  duplicate: "Duplicate",
  unexpected: "Not on the roster",
  excluded: "Excluded",
  late: "Late",
  outcomeTitle: "Submissions not included or with problems",
  outcomeFile: "File",
  outcomeOrgan: "Organ",
  outcomeStatus: "Status",
  outcomeReasons: "Reasons",
  membersTitle: "Key figures by member",
  membersIndex: "No.",
  membersOrgan: "Organ",
  membersTotal: "Total",
  membersNone: "No member was included.",
  childrenTitle: "Lower-level aggregate: {name}",
  figureNewReceived: "New applications",
  figureCarriedOver: "Carried over",
  figureTotalHandled: "Handled (total)",
  figureCarriedForward: "Carried forward",
  figureReview: "Reconsiderations (total)",
  figureLitigation: "Lawsuits (total)",
  lateMark: " (late)",
  subject: "Annual report on government information disclosure",
  keywords: "government information disclosure, annual report, {year}",
  fontsUsed: "{role}: {font}"
};
function message(locale, key, params = {}) {
  const template = (locale === "en" ? en : zh)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}

// src/content/data-table.ts
function dataTable(columns, rows, location, footer = []) {
  const cells = columns.map((column, index) => ({
    row: 0,
    column: index,
    rowSpan: 1,
    colSpan: 1,
    kind: "header",
    text: column.header,
    align: "center",
    role: "table",
    location
  }));
  [...rows, ...footer].forEach((values, rowIndex) => {
    values.forEach((text, index) => {
      const numeric = columns[index]?.numeric === true;
      cells.push({
        row: rowIndex + 1,
        column: index,
        rowSpan: 1,
        colSpan: 1,
        kind: index === 0 && !numeric ? "rowLabel" : "value",
        text,
        align: numeric ? "right" : "left",
        role: "table",
        noWrap: numeric,
        location
      });
    });
  });
  const rowCount = rows.length + footer.length + 1;
  return { rowCount, columnCount: columns.length, headerRows: 1, cells, bands: [{ kind: "header", startRow: 0, endRow: 1 }], location };
}

// src/content/member-figures.ts
var applications = (row) => ({ table: "applications", row, column: "total" });
var reviewLitigation = (row) => ({ table: "reviewLitigation", row, column: "total" });
var defaultMemberFigures = [
  { label: "figureNewReceived", cells: [applications("newReceived")] },
  { label: "figureCarriedOver", cells: [applications("carriedOver")] },
  { label: "figureTotalHandled", cells: [applications("totalHandled")] },
  { label: "figureCarriedForward", cells: [applications("carriedForward")] },
  { label: "figureReview", cells: [reviewLitigation("review")] },
  { label: "figureLitigation", cells: [reviewLitigation("litigationDirect"), reviewLitigation("litigationAfterReview")] }
];
function applicableFigures(figures, form) {
  const known = new Set(form.tables.flatMap((table) => tableCells(table).map((cell) => cellKey({ table: table.id, ...cell }))));
  return figures.filter((figure) => figure.cells.length > 0 && figure.cells.every((cell) => known.has(cellKey(cell))));
}
function memberFigure(report2, member, figure) {
  const values = [];
  for (const cell of figure.cells) {
    for (const contribution of report2.contributions?.[cellKey(cell)] ?? []) {
      if (contribution.member === member) values.push(contribution.value);
    }
  }
  return values.length > 0 ? sumExact(values) : null;
}
function totalFigure(report2, figure) {
  const values = figure.cells.map((cell) => getCell(report2, cell)).filter((value) => value !== null);
  return values.length > 0 ? sumExact(values) : null;
}

// src/content/ordinals.ts
var digits = ["\u96F6", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D", "\u4E03", "\u516B", "\u4E5D"];
function chineseNumber(n) {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}\u5341${ones === 0 ? "" : digits[ones]}`;
}

// src/content/aggregate-blocks.ts
function numberText(value) {
  return value === null ? "" : formatNumber(value);
}
function entryName(id, result2, roster) {
  const entry2 = roster?.entries.find((candidate) => candidate.id === id);
  if (entry2) return entry2.name;
  return result2.outcomes.find((outcome) => outcome.entryId === id)?.organ ?? id;
}
function outcomeName(outcome) {
  return outcome.file ? `${outcome.organ}\uFF08${outcome.file}\uFF09` : outcome.organ;
}
function memberLate(result2, memberIndex) {
  const member = result2.report.members?.[memberIndex];
  if (!member) return false;
  return result2.completeness.late.some((outcome) => member.file && outcome.file ? outcome.file === member.file : outcome.organ === member.organ.name);
}
function completenessBlocks(result2, options) {
  const { locale } = options;
  const { completeness } = result2;
  const separator = locale === "en" ? ", " : "\u3001";
  const names = (ids) => ids.map((id) => entryName(id, result2, options.roster));
  const outcomes = (list) => list.map(outcomeName);
  const rows = [
    ["expected", names(completeness.expected)],
    ["received", names(completeness.received)],
    ["missing", names(completeness.missing)],
    ["accepted", outcomes(completeness.accepted)],
    ["rejected", outcomes(completeness.rejected)],
    ["duplicate", outcomes(completeness.duplicate)],
    ["unexpected", outcomes(completeness.unexpected)],
    ["excluded", outcomes(completeness.excluded)],
    ["late", outcomes(completeness.late)]
  ];
  const location = { section: message(locale, "completenessTitle") };
  const blocks = [
    {
      kind: "table",
      table: dataTable(
        [{ header: message(locale, "completenessItem") }, { header: message(locale, "completenessCount"), numeric: true }, { header: message(locale, "completenessNames") }],
        rows.map(([key, list]) => [message(locale, key), String(list.length), list.join(separator)]),
        location
      )
    }
  ];
  const problems = result2.outcomes.filter((outcome) => outcome.status !== "accepted" || outcome.late || outcome.reasons.length > 0);
  if (problems.length > 0) {
    blocks.push({ kind: "paragraph", text: message(locale, "outcomeTitle"), location, small: true });
    blocks.push({
      kind: "table",
      table: dataTable(
        [{ header: message(locale, "outcomeFile") }, { header: message(locale, "outcomeOrgan") }, { header: message(locale, "outcomeStatus") }, { header: message(locale, "outcomeReasons") }],
        problems.map((outcome) => [
          outcome.file ?? "",
          outcome.organ,
          `${message(locale, outcome.status)}${outcome.late ? message(locale, "lateMark") : ""}`,
          outcome.reasons.join(locale === "en" ? "; " : "\uFF1B")
        ]),
        location
      )
    });
  }
  return blocks;
}
function membersBlocks(result2, figures, locale) {
  const members = result2.report.members ?? [];
  const location = { section: message(locale, "membersTitle") };
  if (members.length === 0) return [{ kind: "paragraph", text: message(locale, "membersNone"), location }];
  const label = (figure) => typeof figure.label === "string" ? message(locale, figure.label) : figure.label.text;
  const rows = members.map((member, index) => [
    String(index + 1),
    `${member.organ.name}${memberLate(result2, index) ? message(locale, "lateMark") : ""}`,
    ...figures.map((figure) => numberText(memberFigure(result2.report, index, figure)))
  ]);
  const footer = [["", message(locale, "membersTotal"), ...figures.map((figure) => numberText(totalFigure(result2.report, figure)))]];
  return [
    {
      kind: "table",
      table: dataTable(
        [{ header: message(locale, "membersIndex"), numeric: true }, { header: message(locale, "membersOrgan") }, ...figures.map((figure) => ({ header: label(figure), numeric: true }))],
        rows,
        location,
        footer
      )
    }
  ];
}
function aggregateBody(result2, options, level) {
  const { locale } = options;
  const figures = applicableFigures(options.memberFigures ?? defaultMemberFigures, options.form);
  const parts = [
    { title: message(locale, "completenessTitle"), blocks: completenessBlocks(result2, options) },
    { title: message(locale, "membersTitle"), blocks: membersBlocks(result2, figures, locale) }
  ];
  for (const child of result2.children ?? []) {
    parts.push({ title: message(locale, "childrenTitle", { name: child.report.organ.name }), blocks: aggregateBody(child, options, level + 1) });
  }
  return parts.flatMap((part, index) => {
    const ordinal = locale === "en" ? `${index + 1}. ` : level === 2 ? `\uFF08${chineseNumber(index + 1)}\uFF09` : `${index + 1}.`;
    const text = `${ordinal}${part.title}`;
    return [{ kind: "heading", level, text, location: { section: text } }, ...part.blocks];
  });
}
function aggregateBlocks(result2, options) {
  const title = message(options.locale, "aggregateAppendix");
  return [{ kind: "pageBreak" }, { kind: "heading", level: 1, text: title, location: { section: title } }, ...aggregateBody(result2, options, 2)];
}

// src/text/clean-text.ts
var invisible = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;
function cleanText(text) {
  return text.replace(/\r\n?/g, "\n").replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/g, " ").replace(invisible, "");
}
function splitParagraphs(text) {
  return cleanText(text).split("\n").map((line) => line.trim()).filter((line) => line !== "");
}

// src/format-value.ts
function formatValue(value, column) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "";
  const text = formatNumber(value);
  if (column?.kind === "amount" && column.unit && !column.label.includes(column.unit)) return `${text}${column.unit}`;
  return text;
}

// src/content/official-table.ts
function align(cell) {
  if (cell.kind === "rowLabel" && cell.rowSpan === 1) return "left";
  if (cell.kind === "corner") return "left";
  return "center";
}
function officialTable(table, report2) {
  const grid = layoutTable(table);
  const cells = grid.cells.map((cell) => {
    const base = { row: cell.row, column: cell.column, rowSpan: cell.rowSpan, colSpan: cell.colSpan, kind: cell.kind, align: align(cell) };
    if (cell.kind === "value" && cell.ref) {
      const column = table.columns.find((candidate) => candidate.id === cell.ref.column);
      return { ...base, text: formatValue(getCell(report2, cell.ref), column), role: "table", noWrap: true, location: { ...cell.ref } };
    }
    return {
      ...base,
      text: cell.text,
      role: cell.kind === "caption" ? "heading" : "table",
      ...cell.kind === "corner" ? { scale: 0.86 } : {},
      location: { table: table.id, label: cell.text }
    };
  });
  return {
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    headerRows: grid.headerRows,
    cells,
    bands: grid.bands,
    notes: table.notes,
    location: { table: table.id, label: table.title }
  };
}

// src/content/report-blocks.ts
function paragraphBlocks(texts, section) {
  return texts.flatMap((text) => splitParagraphs(text).map((paragraph) => ({ kind: "paragraph", text: paragraph, location: { section } })));
}
function sectionBlocks(section, level) {
  const title = section.title.trim();
  return [
    ...title ? [{ kind: "heading", level, text: title, location: { section: title } }] : [],
    ...paragraphBlocks(section.paragraphs, title || section.id),
    ...section.children.flatMap((child) => sectionBlocks(child, level + 1))
  ];
}
function reportBlocks(report2, form, title) {
  const blocks = [{ kind: "title", text: title }];
  if (report2.preface?.length) blocks.push(...paragraphBlocks(report2.preface, "preface"));
  const used = /* @__PURE__ */ new Set();
  const placed = /* @__PURE__ */ new Set();
  for (const definition of form.sections) {
    const section = report2.sections.find((candidate) => candidate.id === definition.id && !used.has(candidate));
    if (section) used.add(section);
    const tables = form.tables.filter((table) => table.id === definition.tableId || table.sectionId === definition.id);
    tables.forEach((table) => placed.add(table.id));
    if (!section && tables.length === 0) continue;
    const heading = section?.title.trim() || definition.title;
    blocks.push({ kind: "heading", level: 1, text: heading, location: { section: heading } });
    if (section) {
      blocks.push(...paragraphBlocks(section.paragraphs, heading));
      blocks.push(...section.children.flatMap((child) => sectionBlocks(child, 2)));
    }
    for (const table of tables) blocks.push({ kind: "table", table: officialTable(table, report2) });
  }
  for (const section of report2.sections) if (!used.has(section)) blocks.push(...sectionBlocks(section, 1));
  for (const table of form.tables) {
    if (placed.has(table.id)) continue;
    blocks.push({ kind: "heading", level: 1, text: table.title, location: { section: table.title } });
    blocks.push({ kind: "table", table: officialTable(table, report2) });
  }
  return blocks;
}

// src/document/page-geometry.ts
var mm = 72 / 25.4;
var pageGeometry = {
  pageWidth: 210 * mm,
  pageHeight: 297 * mm,
  left: 28 * mm,
  top: 37 * mm,
  width: 156 * mm,
  height: 225 * mm,
  bodySize: 16,
  /** 225 mm / 22 lines. */
  bodyPitch: 225 * mm / 22,
  titleSize: 22,
  titlePitch: 22 * 1.45,
  pageNumberSize: 14,
  /** From the bottom of the type area to the top of the page number's digits. */
  pageNumberGap: 7 * mm,
  /** Tables: 五号, and 小五 when a table is too wide for 五号. */
  tableSize: 10.5,
  tableSmallSize: 9,
  tableLineHeight: 1.3
};

// src/fonts/shared-font-format.ts
import { registerFormat } from "fontkit";

// src/fonts/node-platform.ts
function nodePlatform() {
  const candidate = globalThis.process;
  if (!candidate?.versions?.node || typeof candidate.getBuiltinModule !== "function") return void 0;
  const fs2 = candidate.getBuiltinModule("node:fs/promises");
  const path = candidate.getBuiltinModule("node:path");
  const module = candidate.getBuiltinModule("node:module");
  if (!fs2 || !path || !module) return void 0;
  return { fs: fs2, path, module, platform: candidate.platform, home: candidate.env.HOME ?? candidate.env.USERPROFILE, env: candidate.env };
}

// src/fonts/shared-font-format.ts
var magic = [82, 80, 68, 70];
var registry = [];
var tokens = /* @__PURE__ */ new WeakMap();
function isToken(buffer) {
  return buffer.length === 8 && magic.every((byte, index) => buffer[index] === byte);
}
function SharedFontFormat(stream) {
  const buffer = stream.buffer;
  const index = (buffer[4] << 24 | buffer[5] << 16 | buffer[6] << 8 | buffer[7]) >>> 0;
  const font = registry[index];
  if (!font) throw new Error("unknown shared font token");
  return font;
}
SharedFontFormat.probe = isToken;
var registered = false;
function ensureRegistered() {
  if (registered) return;
  registered = true;
  registerFormat(SharedFontFormat);
  const node = nodePlatform();
  if (!node) return;
  try {
    const require2 = node.module.createRequire(import.meta.url);
    const besidePdfkit = node.module.createRequire(require2.resolve("pdfkit"));
    const instance = besidePdfkit("fontkit");
    instance.registerFormat?.(SharedFontFormat);
  } catch {
  }
}
function sharedFontToken(font) {
  ensureRegistered();
  let token = tokens.get(font);
  if (!token) {
    const index = registry.push(font) - 1;
    token = new Uint8Array([...magic, index >>> 24 & 255, index >>> 16 & 255, index >>> 8 & 255, index & 255]);
    tokens.set(font, token);
  }
  return token;
}

// src/document/pdf-writer.ts
var ascentShare = 0.88;
var PdfWriter = class {
  constructor(doc, fonts, glyphs, geometry, pageNumbers) {
    this.doc = doc;
    this.fonts = fonts;
    this.glyphs = glyphs;
    this.geometry = geometry;
    this.pageNumbers = pageNumbers;
    fonts.distinct.forEach((face, index) => {
      const id = `CJK${index + 1}`;
      this.faceIds.set(face, id);
      doc.registerFont(id, sharedFontToken(face.font));
      try {
        doc.font(id);
      } catch {
        doc.registerFont(id, face.bytes, face.collectionFace);
      }
    });
  }
  doc;
  fonts;
  glyphs;
  geometry;
  pageNumbers;
  page = 0;
  /** Top of the next line, in points from the top of the page. */
  y = 0;
  faceIds = /* @__PURE__ */ new Map();
  get top() {
    return this.geometry.top;
  }
  get bottom() {
    return this.geometry.top + this.geometry.height;
  }
  get left() {
    return this.geometry.left;
  }
  get width() {
    return this.geometry.width;
  }
  face(role) {
    return this.fonts.faces[role];
  }
  measure(role, size) {
    return this.glyphs.measure(this.face(role), size);
  }
  /** Starts a page and prints its number: `— 1 —`, 4号 宋体, 7 mm under the type area. */
  newPage() {
    this.doc.addPage({ size: [this.geometry.pageWidth, this.geometry.pageHeight], margin: 0 });
    this.page += 1;
    this.y = this.top;
    const text = `\u2014 ${this.page} \u2014`;
    const size = this.geometry.pageNumberSize;
    const face = this.face("table");
    const width = Array.from(text).reduce((sum2, character) => sum2 + this.glyphs.advance(face, character) * size, 0);
    let x;
    if (this.pageNumbers === "center") x = this.left + (this.width - width) / 2;
    else if (this.page % 2 === 1) x = this.left + this.width - size - width;
    else x = this.left + size;
    const baseline = this.bottom + this.geometry.pageNumberGap + size * 0.72;
    this.drawText(text, face, size, x, baseline, 0, { path: "pageNumber" });
  }
  /** Moves to a new page unless `height` still fits below the cursor (or the page is empty). */
  ensureSpace(height) {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top + 0.01) this.newPage();
  }
  /** Baseline of a line of text of `size` set in a line box of `pitch` starting at `top`. */
  baseline(top, pitch, size) {
    return top + (pitch - size) / 2 + ascentShare * size;
  }
  /** Draws a string at a baseline, run by run in the face that has each character. */
  drawText(text, face, size, x, baseline, characterSpacing, location) {
    let pen = x;
    for (const run of this.glyphs.runs(text, face, location)) {
      this.doc.font(this.faceIds.get(run.face)).fontSize(size).text(run.text, pen, baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing });
      pen += run.width * size + characterSpacing * Array.from(run.text).length;
    }
  }
  /**
   * Draws one broken line: aligned, or justified by spreading the spare width between characters
   * (a squeezed line gets a little less than nothing), the last line of a paragraph left as is.
   */
  drawLine(line, options) {
    const { face, size, baseline, location } = options;
    let x = options.x;
    let spacing = 0;
    const gaps = Array.from(line.text).length - 1;
    if (options.align === "justify" && gaps > 0 && (!line.last || line.width > line.available)) {
      spacing = (line.available - line.width) / gaps;
      if (spacing > size * 0.6) spacing = 0;
    } else if (options.align === "center") x += (line.available - line.width) / 2;
    else if (options.align === "right") x += line.available - line.width;
    this.drawText(line.text, face, size, x, baseline, spacing, location);
  }
};

// src/layout/break-lines.ts
var noLineStart = new Set(Array.from("\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\u300B\u300D\u300F\u3011\u3015\u3009\u201D\u2019\u2026\u2014\xB7\uFF05\u2030\u2103,.;:?!)]}%"));
var noLineEnd = new Set(Array.from("\uFF08\u300A\u300C\u300E\u3010\u3014\u3008\u201C\u2018([{"));
var latinRun = /[A-Za-z0-9.,:%/\-+_@#&'’·]/;
function units(text, measure) {
  const characters = Array.from(text);
  const result2 = [];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    if (character === " ") {
      result2.push({ text: " ", width: measure(" "), space: true });
      continue;
    }
    let run = character;
    if (/[A-Za-z0-9]/.test(character)) {
      while (index + 1 < characters.length && latinRun.test(characters[index + 1])) run += characters[++index];
    }
    result2.push({ text: run, width: Array.from(run).reduce((sum2, c) => sum2 + measure(c), 0), space: false });
  }
  const merged = [];
  for (const unit of result2) {
    const previous = merged[merged.length - 1];
    const first = Array.from(unit.text)[0];
    if (previous && !previous.space && !unit.space && (noLineStart.has(first) || noLineEnd.has(Array.from(previous.text).pop() ?? ""))) {
      previous.text += unit.text;
      previous.width += unit.width;
    } else merged.push({ ...unit });
  }
  return merged;
}
function splitWide(unit, available, measure) {
  const pieces = [];
  let current = { text: "", width: 0, space: false };
  for (const character of Array.from(unit.text)) {
    const width = measure(character);
    if (current.text && current.width + width > available) {
      pieces.push(current);
      current = { text: "", width: 0, space: false };
    }
    current.text += character;
    current.width += width;
  }
  if (current.text) pieces.push(current);
  return pieces;
}
function breakLines(text, options) {
  const { width, measure } = options;
  const indent = options.firstLineIndent ?? 0;
  const squeeze = options.squeeze ?? 0;
  const lines = [];
  let current = [];
  let currentWidth = 0;
  const available = () => lines.length === 0 ? width - indent : width;
  const flush = (last) => {
    while (current.length && current[current.length - 1].space) currentWidth -= current.pop().width;
    lines.push({ text: current.map((u) => u.text).join(""), width: currentWidth, available: available(), last });
    current = [];
    currentWidth = 0;
  };
  const queue = units(text, measure);
  for (let index = 0; index < queue.length; index++) {
    const unit = queue[index];
    if (unit.space && current.length === 0 && lines.length > 0) continue;
    const room = available();
    const endsClosing = noLineStart.has(Array.from(unit.text).pop() ?? "");
    if (currentWidth + unit.width <= room + 1e-3 || endsClosing && current.length > 0 && currentWidth + unit.width <= room + squeeze) {
      current.push(unit);
      currentWidth += unit.width;
      continue;
    }
    if (current.length > 0) {
      flush(false);
      index -= 1;
      continue;
    }
    const pieces = splitWide(unit, room, measure);
    queue.splice(index, 1, ...pieces);
    current.push(pieces[0]);
    currentWidth += pieces[0].width;
    if (pieces.length > 1) flush(false);
  }
  if (current.length > 0 || lines.length === 0) flush(true);
  else lines[lines.length - 1].last = true;
  return lines;
}
function minimumWidth(text, measure) {
  return units(text, measure).reduce((widest, unit) => Math.max(widest, unit.width), 0);
}
function naturalWidth(text, measure) {
  return Array.from(text).reduce((sum2, character) => sum2 + measure(character), 0);
}
function breakBalanced(text, options) {
  const greedy = breakLines(text, options);
  if (greedy.length <= 1) return greedy;
  let low = minimumWidth(text, options.measure);
  let high = options.width;
  let best = greedy;
  for (let step = 0; step < 20 && high - low > 0.5; step++) {
    const middle = (low + high) / 2;
    const attempt = breakLines(text, { ...options, width: middle });
    if (attempt.length <= greedy.length) {
      best = attempt;
      high = middle;
    } else low = middle;
  }
  return best.map((line) => ({ ...line, available: options.width }));
}

// src/layout/table-metrics.ts
var ordinalPattern = /^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．])/;
var leafLabelCharacters = 11;
function cellSize(cell, size) {
  return size * (cell.scale ?? 1);
}
function spanWidth(widths, cell) {
  let width = 0;
  for (let column = cell.column; column < cell.column + cell.colSpan; column++) width += widths[column];
  return width;
}
function measureTable(table, width, measureFor, sizes, lineHeightFactor) {
  let metrics;
  for (const size of sizes) {
    metrics = measureAt(table, width, measureFor, size, lineHeightFactor);
    if (metrics.fits) break;
  }
  const { fits: _fits, ...result2 } = metrics;
  return result2;
}
function measureAt(table, width, measureFor, size, lineHeightFactor) {
  const paddingX = Math.max(2, size * 0.3);
  const paddingY = size * 0.28;
  const lineHeight = size * lineHeightFactor;
  const columns = table.columnCount;
  const minimum = new Array(columns).fill(2 * paddingX + size);
  const preferred = new Array(columns).fill(2 * paddingX + size);
  for (const cell of table.cells) {
    if (cell.colSpan !== 1 || cell.text === "") continue;
    const fontSize = cellSize(cell, size);
    const measure = measureFor(cell.role, fontSize);
    const natural = naturalWidth(cell.text, measure);
    let least;
    let wanted;
    if (cell.noWrap) {
      least = natural;
      wanted = natural;
    } else {
      least = Math.max(minimumWidth(cell.text, measure), Math.min(natural, 2 * fontSize));
      if (cell.rowSpan > 1) {
        const ordinal = cell.text.match(ordinalPattern)?.[0] ?? "";
        wanted = Math.min(natural, Math.max(naturalWidth(ordinal, measure) + fontSize, natural / cell.rowSpan));
      } else wanted = Math.min(natural, leafLabelCharacters * fontSize);
      wanted = Math.max(wanted, least);
    }
    minimum[cell.column] = Math.max(minimum[cell.column], least + 2 * paddingX);
    preferred[cell.column] = Math.max(preferred[cell.column], wanted + 2 * paddingX);
  }
  const totalMinimum = minimum.reduce((a, b) => a + b, 0);
  const totalPreferred = preferred.reduce((a, b) => a + b, 0);
  let widths;
  if (totalPreferred <= width) {
    const extra = width - totalPreferred;
    widths = preferred.map((value) => value + extra * value / totalPreferred);
  } else if (totalMinimum <= width) {
    const room = width - totalMinimum;
    const wants = preferred.map((value, index) => value - minimum[index]);
    const totalWants = wants.reduce((a, b) => a + b, 0) || 1;
    widths = minimum.map((value, index) => value + room * wants[index] / totalWants);
  } else {
    widths = minimum.map((value) => value * width / totalMinimum);
  }
  for (const cell of table.cells) {
    if (cell.colSpan === 1 || cell.text === "") continue;
    const fontSize = cellSize(cell, size);
    const least = minimumWidth(cell.text, measureFor(cell.role, fontSize)) + 2 * paddingX;
    const have = spanWidth(widths, cell);
    if (have < least) {
      for (let column = cell.column; column < cell.column + cell.colSpan; column++) widths[column] += (least - have) / cell.colSpan;
    }
  }
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > width) widths = widths.map((value) => value * width / total);
  const lines = /* @__PURE__ */ new Map();
  const rowHeights = new Array(table.rowCount).fill(Math.max(size * 1.9, lineHeight + 2 * paddingY));
  const needed = (cell, cellLines) => cellLines.length * lineHeight * (cell.scale ?? 1) + 2 * paddingY;
  for (const cell of table.cells) {
    const fontSize = cellSize(cell, size);
    const measure = measureFor(cell.role, fontSize);
    const room = spanWidth(widths, cell) - 2 * paddingX;
    const cellLines = cell.text === "" ? [] : cell.noWrap ? [{ text: cell.text, width: naturalWidth(cell.text, measure), available: room, last: true }] : breakLines(cell.text, { width: room, measure });
    lines.set(cell, cellLines);
    if (cell.rowSpan === 1) rowHeights[cell.row] = Math.max(rowHeights[cell.row], needed(cell, cellLines));
  }
  for (const cell of table.cells) {
    if (cell.rowSpan === 1) continue;
    const cellLines = lines.get(cell);
    let have = 0;
    for (let row = cell.row; row < cell.row + cell.rowSpan; row++) have += rowHeights[row];
    const want = needed(cell, cellLines);
    if (have < want) for (let row = cell.row; row < cell.row + cell.rowSpan; row++) rowHeights[row] += (want - have) / cell.rowSpan;
  }
  return { size, lineHeight, paddingX, paddingY, columnWidths: widths, rowHeights, lines, fits: totalMinimum <= width };
}

// src/document/draw-table.ts
var ruleWidth = 0.75;
function tableUnits(table) {
  const units2 = [];
  let row = table.headerRows;
  const blocks = table.bands.filter((band) => band.kind === "block").sort((a, b) => a.startRow - b.startRow);
  while (row < table.rowCount) {
    const block = blocks.find((band) => band.startRow <= row && row < band.endRow);
    const end = block ? block.endRow : row + 1;
    units2.push({ start: row, end });
    row = end;
  }
  return units2;
}
function sum(values, start, end) {
  let total = 0;
  for (let index = start; index < end; index++) total += values[index];
  return total;
}
function tableLeadHeight(table, metrics) {
  const first = tableUnits(table)[0];
  return sum(metrics.rowHeights, 0, table.headerRows) + (first ? sum(metrics.rowHeights, first.start, first.end) : 0);
}
function drawTable(writer, table, metrics) {
  const heights = metrics.rowHeights;
  const header = sum(heights, 0, table.headerRows);
  const units2 = tableUnits(table);
  writer.ensureSpace(tableLeadHeight(table, metrics));
  const segments = [];
  let room = writer.bottom - writer.y - header;
  let current;
  for (const unit of units2) {
    const height = sum(heights, unit.start, unit.end);
    if (current && height > room) {
      segments.push(current);
      current = void 0;
      room = writer.bottom - writer.top - header;
    }
    current = current ? { start: current.start, end: unit.end } : { ...unit };
    room -= height;
  }
  if (current) segments.push(current);
  if (segments.length === 0) segments.push({ start: table.headerRows, end: table.headerRows });
  const textSegment = /* @__PURE__ */ new Map();
  for (const cell of table.cells) {
    if (cell.row < table.headerRows) continue;
    const parts = segments.filter((segment) => cell.row < segment.end && cell.row + cell.rowSpan > segment.start);
    if (parts.length <= 1) continue;
    const lines = metrics.lines.get(cell) ?? [];
    const need = lines.length * metrics.lineHeight * (cell.scale ?? 1) + 2 * metrics.paddingY;
    const partHeight = (segment) => sum(heights, Math.max(cell.row, segment.start), Math.min(cell.row + cell.rowSpan, segment.end));
    const fitting = parts.filter((segment) => partHeight(segment) >= need);
    textSegment.set(cell, fitting.length > 0 ? fitting : [parts.reduce((best, segment) => partHeight(segment) > partHeight(best) ? segment : best)]);
  }
  const columnX = [];
  let x = writer.left;
  for (const width of metrics.columnWidths) {
    columnX.push(x);
    x += width;
  }
  columnX.push(x);
  segments.forEach((segment, index) => {
    if (index > 0) writer.newPage();
    const rowTop = /* @__PURE__ */ new Map();
    let y = writer.y;
    for (let row = 0; row < table.headerRows; row++) {
      rowTop.set(row, y);
      y += heights[row];
    }
    for (let row = segment.start; row < segment.end; row++) {
      rowTop.set(row, y);
      y += heights[row];
    }
    for (const cell of table.cells) {
      const inHeader = cell.row < table.headerRows;
      const first = inHeader ? cell.row : Math.max(cell.row, segment.start);
      const last = inHeader ? cell.row + cell.rowSpan - 1 : Math.min(cell.row + cell.rowSpan, segment.end) - 1;
      if (last < first) continue;
      const top = rowTop.get(first);
      const bottom = rowTop.get(last) + heights[last];
      const left = columnX[cell.column];
      const right = columnX[cell.column + cell.colSpan];
      drawCell(writer, cell, metrics, { top, bottom, left, right }, textSegment.get(cell)?.includes(segment) ?? true);
    }
    writer.y = y;
  });
}
function drawCell(writer, cell, metrics, box, withText) {
  const { doc } = writer;
  doc.lineWidth(ruleWidth).strokeColor("#000000");
  doc.rect(box.left, box.top, box.right - box.left, box.bottom - box.top).stroke();
  if (cell.kind === "empty") {
    doc.moveTo(box.left, box.top).lineTo(box.right, box.bottom).lineWidth(0.5).stroke();
    return;
  }
  if (!withText) return;
  const lines = metrics.lines.get(cell) ?? [];
  if (lines.length === 0) return;
  const size = metrics.size * (cell.scale ?? 1);
  const lineHeight = metrics.lineHeight * (cell.scale ?? 1);
  const face = writer.face(cell.role);
  const textTop = box.top + (box.bottom - box.top - lines.length * lineHeight) / 2;
  lines.forEach((line, index) => {
    writer.drawLine(
      { ...line, available: box.right - box.left - 2 * metrics.paddingX },
      {
        face,
        size,
        x: box.left + metrics.paddingX,
        baseline: writer.baseline(textTop + index * lineHeight, lineHeight, size),
        align: cell.align,
        location: cell.location
      }
    );
  });
}

// src/document/typeset.ts
var headingRoles = { 1: "heading", 2: "subheading" };
function titleParts(text) {
  const parts = text.match(/^(.+?)((?:19|20)\d{2}年.+)$/);
  return parts ? [parts[1], parts[2]] : [text];
}
function typeset(writer, blocks) {
  const { geometry } = writer;
  const tables = /* @__PURE__ */ new Map();
  const metricsOf = (table) => {
    let metrics = tables.get(table);
    if (!metrics) {
      metrics = measureTable(table, writer.width, (role, size) => writer.measure(role, size), [geometry.tableSize, geometry.tableSmallSize], geometry.tableLineHeight);
      tables.set(table, metrics);
    }
    return metrics;
  };
  const bodyLines = (text, role, size, indent) => breakLines(text, { width: writer.width, firstLineIndent: indent * size, measure: writer.measure(role, size), squeeze: size * 0.5 });
  const leadHeight = (index) => {
    const block = blocks[index];
    if (!block) return 0;
    switch (block.kind) {
      case "heading":
        return geometry.bodyPitch * bodyLines(block.text, headingRoles[block.level] ?? "body", geometry.bodySize, 2).length + leadHeight(index + 1);
      case "paragraph":
        return block.small ? geometry.tableSize * 1.6 : geometry.bodyPitch;
      case "table":
        return tableLeadHeight(block.table, metricsOf(block.table)) + geometry.bodyPitch * 0.25;
      default:
        return 0;
    }
  };
  const setLines = (lines, role, size, pitch, indent, align2, location) => {
    lines.forEach((line, index) => {
      writer.ensureSpace(pitch);
      const x = writer.left + (index === 0 && align2 !== "center" ? indent * size : 0);
      writer.drawLine(line, { face: writer.face(role), size, x, baseline: writer.baseline(writer.y, pitch, size), align: align2, location });
      writer.y += pitch;
    });
  };
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case "title": {
        const size = geometry.titleSize;
        const measure = writer.measure("title", size);
        const options = { width: writer.width, measure };
        let lines = breakBalanced(block.text, options);
        if (lines.length > 1) {
          const parts = titleParts(block.text).map((part) => breakBalanced(part, options));
          if (parts.length === 2 && parts.every((part) => part.length === 1)) lines = parts.flat();
        }
        setLines(lines.map((line) => ({ ...line, last: true, available: writer.width })), "title", size, geometry.titlePitch, 0, "center", { path: "title" });
        writer.y += geometry.bodyPitch;
        break;
      }
      case "heading": {
        const role = headingRoles[block.level] ?? "body";
        const lines = bodyLines(block.text, role, geometry.bodySize, 2);
        writer.ensureSpace(geometry.bodyPitch * lines.length + leadHeight(index + 1));
        setLines(lines, role, geometry.bodySize, geometry.bodyPitch, 2, "justify", block.location);
        break;
      }
      case "paragraph": {
        if (block.small) {
          const size = geometry.tableSize;
          const lines = breakLines(block.text, { width: writer.width, measure: writer.measure("table", size) });
          writer.ensureSpace(size * 1.6 * lines.length + leadHeight(index + 1));
          setLines(lines, "table", size, size * 1.6, 0, "justify", block.location);
        } else setLines(bodyLines(block.text, "body", geometry.bodySize, 2), "body", geometry.bodySize, geometry.bodyPitch, 2, "justify", block.location);
        break;
      }
      case "table": {
        const metrics = metricsOf(block.table);
        writer.y += geometry.bodyPitch * 0.25;
        drawTable(writer, block.table, metrics);
        for (const note of block.table.notes ?? []) {
          const size = geometry.tableSize;
          setLines(breakLines(note, { width: writer.width, measure: writer.measure("table", size) }), "table", size, size * 1.6, 0, "justify", block.table.location);
        }
        writer.y += geometry.bodyPitch * 0.5;
        break;
      }
      case "pageBreak":
        if (writer.y > writer.top + 0.01) writer.newPage();
        break;
    }
  });
}

// src/fonts/font-roles.ts
var fontRoles = ["title", "body", "heading", "subheading", "table"];
var roleStyle = {
  title: "xiaobiaosong",
  body: "fangsong",
  heading: "heiti",
  subheading: "kaiti",
  table: "songti"
};
var styleNames = {
  xiaobiaosong: { zh: "\u5C0F\u6807\u5B8B", en: "Xiaobiaosong (title Song)" },
  fangsong: { zh: "\u4EFF\u5B8B", en: "FangSong" },
  heiti: { zh: "\u9ED1\u4F53", en: "Heiti (sans)" },
  kaiti: { zh: "\u6977\u4F53", en: "KaiTi" },
  songti: { zh: "\u5B8B\u4F53", en: "SongTi" }
};
var roleNames = {
  title: { zh: "\u6807\u9898", en: "title" },
  body: { zh: "\u6B63\u6587", en: "body text" },
  heading: { zh: "\u4E00\u7EA7\u6807\u9898", en: "first-level headings" },
  subheading: { zh: "\u4E8C\u7EA7\u6807\u9898", en: "second-level headings" },
  table: { zh: "\u8868\u683C\u548C\u9875\u7801", en: "tables and page numbers" }
};

// src/fonts/load-font.ts
import { create } from "fontkit";

// src/fonts/woff.ts
import { unzlibSync } from "fflate";
var WOFF_SIGNATURE = 2001684038;
var WOFF2_SIGNATURE = 2001684018;
var HEADER_SIZE = 44;
var DIRECTORY_ENTRY_SIZE = 20;
function isWoff(bytes) {
  return bytes.length >= HEADER_SIZE && readUint32(bytes, 0) === WOFF_SIGNATURE;
}
function isWoff2(bytes) {
  return bytes.length >= 4 && readUint32(bytes, 0) === WOFF2_SIGNATURE;
}
function readUint32(bytes, offset) {
  return (bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3]) >>> 0;
}
function readUint16(bytes, offset) {
  return bytes[offset] << 8 | bytes[offset + 1];
}
function woffToSfnt(woff) {
  if (!isWoff(woff)) throw new Error("not a WOFF 1.0 file");
  const flavor = readUint32(woff, 4);
  const numTables = readUint16(woff, 12);
  const tables = [];
  for (let index = 0; index < numTables; index++) {
    const entry2 = HEADER_SIZE + index * DIRECTORY_ENTRY_SIZE;
    const tag = readUint32(woff, entry2);
    const offset2 = readUint32(woff, entry2 + 4);
    const compressedLength = readUint32(woff, entry2 + 8);
    const originalLength = readUint32(woff, entry2 + 12);
    const checksum = readUint32(woff, entry2 + 16);
    if (offset2 + compressedLength > woff.length) throw new Error("truncated WOFF file");
    const stored = woff.subarray(offset2, offset2 + compressedLength);
    const data = compressedLength < originalLength ? unzlibSync(stored) : stored;
    if (data.length !== originalLength) throw new Error("corrupt WOFF table");
    tables.push({ tag, checksum, data });
  }
  tables.sort((a, b) => a.tag - b.tag);
  const directorySize = 12 + 16 * numTables;
  let size = directorySize;
  for (const table of tables) size += table.data.length + 3 & ~3;
  const sfnt = new Uint8Array(size);
  const view = new DataView(sfnt.buffer);
  let entrySelector = 0;
  while (1 << entrySelector + 1 <= numTables) entrySelector += 1;
  const searchRange = (1 << entrySelector) * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, numTables * 16 - searchRange);
  let offset = directorySize;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += table.data.length + 3 & ~3;
  });
  return sfnt;
}

// src/fonts/load-font.ts
var FontReadError = class extends Error {
};
function comparable(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function isCollection(value) {
  return Array.isArray(value.fonts);
}
function parseFont(input, postscriptName) {
  if (isWoff2(input)) throw new FontReadError("WOFF2 is not supported; use the WOFF, TTF or OTF file");
  const bytes = isWoff(input) ? woffToSfnt(input) : input;
  let parsed;
  try {
    parsed = create(bytes);
  } catch (error) {
    throw new FontReadError(error instanceof Error ? error.message : String(error));
  }
  if (isCollection(parsed)) {
    const faces = parsed.fonts;
    const wanted = postscriptName ? comparable(postscriptName) : void 0;
    const face = wanted ? faces.find((candidate) => comparable(candidate.postscriptName) === wanted) : faces.find((candidate) => /sc\b|sc-|cn|gb/i.test(candidate.postscriptName)) ?? faces[0];
    if (!face) {
      throw new FontReadError(`no face named ${postscriptName} in the collection (it has ${faces.map((f) => f.postscriptName).join(", ")})`);
    }
    return { bytes, font: face, postscriptName: face.postscriptName, collectionFace: face.postscriptName };
  }
  if (typeof parsed.hasGlyphForCodePoint !== "function") throw new FontReadError("not a TrueType or OpenType font");
  return { bytes, font: parsed, postscriptName: parsed.postscriptName };
}

// src/fonts/font-cache.ts
var byPath = /* @__PURE__ */ new Map();
var byData = /* @__PURE__ */ new WeakMap();
function cachedFontFromPath(path, postscriptName, read) {
  const key = `${path}\0${postscriptName ?? ""}`;
  let entry2 = byPath.get(key);
  if (!entry2) {
    entry2 = read(path).then((bytes) => parseFont(bytes, postscriptName));
    byPath.set(key, entry2);
    entry2.catch(() => byPath.delete(key));
  }
  return entry2;
}
function cachedFontFromData(data, postscriptName) {
  const key = postscriptName ?? "";
  let faces = byData.get(data);
  if (!faces) {
    faces = /* @__PURE__ */ new Map();
    byData.set(data, faces);
  }
  let parsed = faces.get(key);
  if (!parsed) {
    parsed = parseFont(data instanceof Uint8Array ? data : new Uint8Array(data), postscriptName);
    faces.set(key, parsed);
  }
  return parsed;
}

// src/fonts/find-system-fonts.ts
var fontFilePattern = /\.(ttf|otf|ttc)$/i;
var maximumDepth = 5;
async function findSystemFonts(node, directories) {
  const found = /* @__PURE__ */ new Map();
  async function walk(directory, depth) {
    let entries;
    try {
      entries = await node.fs.readdir(directory, { withFileTypes: true });
    } catch {
      return;
    }
    const subdirectories = [];
    for (const entry2 of entries) {
      const full = node.path.join(directory, entry2.name);
      if (entry2.isDirectory()) subdirectories.push(full);
      else if ((entry2.isFile() || entry2.isSymbolicLink()) && fontFilePattern.test(entry2.name)) {
        const key = entry2.name.toLowerCase();
        if (!found.has(key)) found.set(key, full);
      }
    }
    if (depth < maximumDepth) await Promise.all(subdirectories.map((subdirectory) => walk(subdirectory, depth + 1)));
  }
  for (const directory of directories) await walk(directory, 0);
  return found;
}

// src/fonts/system-font-candidates.ts
var fangsong = [
  { file: "simfang.ttf", name: "\u4EFF\u5B8B FangSong", style: "fangsong" },
  { file: "FS_GB2312.ttf", name: "\u4EFF\u5B8B_GB2312", style: "fangsong" },
  { file: "\u4EFF\u5B8B_GB2312.ttf", name: "\u4EFF\u5B8B_GB2312", style: "fangsong" },
  { file: "STFANGSO.TTF", name: "\u534E\u6587\u4EFF\u5B8B STFangsong", style: "fangsong" },
  { file: "\u534E\u6587\u4EFF\u5B8B.ttf", name: "\u534E\u6587\u4EFF\u5B8B STFangsong", style: "fangsong" }
];
var kaiti = [
  { file: "simkai.ttf", name: "\u6977\u4F53 KaiTi", style: "kaiti" },
  { file: "KAITI_GB2312.TTF", name: "\u6977\u4F53_GB2312", style: "kaiti" },
  { file: "\u6977\u4F53_GB2312.ttf", name: "\u6977\u4F53_GB2312", style: "kaiti" },
  { file: "STKAITI.TTF", name: "\u534E\u6587\u6977\u4F53 STKaiti", style: "kaiti" },
  { file: "Kaiti.ttc", postscriptName: "STKaiti-SC-Regular", name: "\u6977\u4F53-\u7B80 Kaiti SC", style: "kaiti" },
  { file: "Kaiti.ttc", postscriptName: "STKaitiSC-Regular", name: "\u6977\u4F53-\u7B80 Kaiti SC", style: "kaiti" },
  { file: "ukai.ttc", postscriptName: "AR-PL-UKai-CN", name: "AR PL UKai CN", style: "kaiti" }
];
var songti = [
  { file: "simsun.ttc", postscriptName: "SimSun", name: "\u5B8B\u4F53 SimSun", style: "songti" },
  { file: "Songti.ttc", postscriptName: "STSongti-SC-Regular", name: "\u5B8B\u4F53-\u7B80 Songti SC", style: "songti" },
  { file: "NotoSerifCJK-Regular.ttc", postscriptName: "NotoSerifCJKsc-Regular", name: "Noto Serif CJK SC", style: "songti" },
  { file: "NotoSerifSC-Regular.otf", name: "Noto Serif SC", style: "songti" },
  { file: "SourceHanSerifSC-Regular.otf", name: "\u601D\u6E90\u5B8B\u4F53 Source Han Serif SC", style: "songti" },
  { file: "SourceHanSerif-Regular.ttc", postscriptName: "SourceHanSerifSC-Regular", name: "\u601D\u6E90\u5B8B\u4F53 Source Han Serif SC", style: "songti" }
];
var boldSong = [
  { file: "STZHONGS.TTF", name: "\u534E\u6587\u4E2D\u5B8B STZhongsong", style: "songti" },
  { file: "Songti.ttc", postscriptName: "STSongti-SC-Bold", name: "\u5B8B\u4F53-\u7B80 \u7C97\u4F53 Songti SC Bold", style: "songti" },
  { file: "NotoSerifCJK-Bold.ttc", postscriptName: "NotoSerifCJKsc-Bold", name: "Noto Serif CJK SC Bold", style: "songti" },
  { file: "NotoSerifSC-Bold.otf", name: "Noto Serif SC Bold", style: "songti" },
  { file: "SourceHanSerifSC-Bold.otf", name: "\u601D\u6E90\u5B8B\u4F53 \u7C97\u4F53 Source Han Serif SC Bold", style: "songti" },
  { file: "SourceHanSerif-Bold.ttc", postscriptName: "SourceHanSerifSC-Bold", name: "\u601D\u6E90\u5B8B\u4F53 \u7C97\u4F53 Source Han Serif SC Bold", style: "songti" }
];
var heiti = [
  { file: "simhei.ttf", name: "\u9ED1\u4F53 SimHei", style: "heiti" },
  { file: "STHeiti Medium.ttc", postscriptName: "STHeitiSC-Medium", name: "\u9ED1\u4F53-\u7B80 Heiti SC", style: "heiti" },
  { file: "STHeiti Light.ttc", postscriptName: "STHeitiSC-Light", name: "\u9ED1\u4F53-\u7B80 Heiti SC", style: "heiti" },
  { file: "NotoSansCJK-Medium.ttc", postscriptName: "NotoSansCJKsc-Medium", name: "Noto Sans CJK SC Medium", style: "heiti" },
  { file: "NotoSansCJK-Regular.ttc", postscriptName: "NotoSansCJKsc-Regular", name: "Noto Sans CJK SC", style: "heiti" },
  { file: "NotoSansSC-Regular.otf", name: "Noto Sans SC", style: "heiti" },
  { file: "SourceHanSansSC-Regular.otf", name: "\u601D\u6E90\u9ED1\u4F53 Source Han Sans SC", style: "heiti" },
  { file: "msyh.ttc", postscriptName: "MicrosoftYaHei", name: "\u5FAE\u8F6F\u96C5\u9ED1 Microsoft YaHei", style: "heiti" },
  { file: "PingFang.ttc", postscriptName: "PingFangSC-Regular", name: "\u82F9\u65B9 PingFang SC", style: "heiti" }
];
var systemFontCandidates = {
  title: [
    { file: "FZXBSJW.TTF", name: "\u65B9\u6B63\u5C0F\u6807\u5B8B\u7B80\u4F53", style: "xiaobiaosong" },
    { file: "FZXBSK.TTF", name: "\u65B9\u6B63\u5C0F\u6807\u5B8B_GBK", style: "xiaobiaosong" },
    { file: "\u65B9\u6B63\u5C0F\u6807\u5B8B\u7B80\u4F53.ttf", name: "\u65B9\u6B63\u5C0F\u6807\u5B8B\u7B80\u4F53", style: "xiaobiaosong" },
    { file: "\u65B9\u6B63\u5C0F\u6807\u5B8B_GBK.ttf", name: "\u65B9\u6B63\u5C0F\u6807\u5B8B_GBK", style: "xiaobiaosong" },
    ...boldSong,
    ...songti
  ],
  body: [...fangsong, ...songti],
  heading: [...heiti, ...boldSong, ...songti],
  subheading: [...kaiti, ...fangsong, ...songti],
  table: [...songti]
};
function systemFontDirectories(platform, home, env) {
  if (platform === "win32") {
    const windows = env.WINDIR ?? env.SystemRoot ?? "C:\\Windows";
    const local = env.LOCALAPPDATA ? [`${env.LOCALAPPDATA}\\Microsoft\\Windows\\Fonts`] : [];
    return [`${windows}\\Fonts`, ...local];
  }
  if (platform === "darwin") {
    return [
      "/System/Library/Fonts",
      "/System/Library/Fonts/Supplemental",
      "/Library/Fonts",
      ...home ? [`${home}/Library/Fonts`] : [],
      "/System/Library/AssetsV2"
    ];
  }
  return [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    ...home ? [`${home}/.local/share/fonts`, `${home}/.fonts`] : [],
    ...env.XDG_DATA_HOME ? [`${env.XDG_DATA_HOME}/fonts`] : []
  ];
}

// src/fonts/resolve-fonts.ts
var fontsourcePackage = "@fontsource/noto-serif-sc";
var fontsourceWeight = { title: 700, body: 400, heading: 700, subheading: 400, table: 400 };
var systemScans = /* @__PURE__ */ new Map();
function scanSystemFonts(node, directories) {
  const key = directories.join("\0");
  let scan = systemScans.get(key);
  if (!scan) {
    scan = findSystemFonts(node, directories);
    systemScans.set(key, scan);
  }
  return scan;
}
function unreadable(font, detail, locale) {
  const diagnostic = createDiagnostic({ code: "render-font-unreadable", params: { font, detail } }, { locale });
  return new ReportError("render-font-unreadable", `${diagnostic.message}\u3002${diagnostic.help ?? ""}`);
}
async function readFile(node, path) {
  if (!node) throw new FontReadError("a font path can only be read in Node; pass the font bytes instead");
  try {
    const buffer = await node.fs.readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new FontReadError(error instanceof Error ? error.message : String(error));
  }
}
async function loadInput(input, node) {
  if (typeof input === "string") return { parsed: await cachedFontFromPath(input, void 0, (path) => readFile(node, path)), file: input };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return { parsed: cachedFontFromData(input, void 0) };
  if ("path" in input) {
    return { parsed: await cachedFontFromPath(input.path, input.postscriptName, (path) => readFile(node, path)), file: input.path, name: input.name };
  }
  return { parsed: cachedFontFromData(input.data, input.postscriptName), name: input.name };
}
function displayName(parsed) {
  return parsed.font.fullName || parsed.font.familyName || parsed.postscriptName;
}
function toFace(parsed, origin, name, style, file) {
  return { name, postscriptName: parsed.postscriptName, style, origin, file, bytes: parsed.bytes, collectionFace: parsed.collectionFace, font: parsed.font };
}
async function resolveFonts(options = {}) {
  const node = nodePlatform();
  const locale = options.locale;
  const language = locale === "en" ? "en" : "zh";
  const diagnostics = [];
  const faces = {};
  const explicitFaces = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Map();
  const share = (key, make) => {
    let face = shared.get(key);
    if (!face) {
      face = make();
      shared.set(key, face);
    }
    return face;
  };
  const searchSystem = options.systemFonts !== false && node !== void 0;
  const directories = !node ? [] : typeof options.systemFonts === "object" ? options.systemFonts.directories : systemFontDirectories(node.platform, node.home, node.env);
  const installed = searchSystem ? await scanSystemFonts(node, directories) : /* @__PURE__ */ new Map();
  for (const role of fontRoles) {
    const explicit = options.fonts?.[role] ?? options.fonts?.default;
    if (explicit !== void 0) {
      let face2 = explicitFaces.get(explicit);
      if (!face2) {
        try {
          const loaded = await loadInput(explicit, node);
          face2 = toFace(loaded.parsed, "option", loaded.name ?? displayName(loaded.parsed), void 0, loaded.file);
        } catch (error) {
          const label = typeof explicit === "string" ? explicit : "path" in Object(explicit) ? explicit.path : `fonts.${options.fonts?.[role] !== void 0 ? role : "default"}`;
          throw unreadable(label, error instanceof Error ? error.message : String(error), locale);
        }
        explicitFaces.set(explicit, face2);
      }
      faces[role] = face2;
      continue;
    }
    let face;
    for (const candidate of systemFontCandidates[role]) {
      const file = installed.get(candidate.file.toLowerCase());
      if (!file || !node) continue;
      try {
        const parsed = await cachedFontFromPath(file, candidate.postscriptName, (path) => readFile(node, path));
        face = share(`system\0${file}\0${parsed.postscriptName}`, () => toFace(parsed, "system", candidate.name, candidate.style, file));
        break;
      } catch {
      }
    }
    if (!face && options.fontsource !== false && node) {
      const weight = fontsourceWeight[role];
      try {
        const require2 = node.module.createRequire(import.meta.url);
        const directory = node.path.dirname(require2.resolve(`${fontsourcePackage}/LICENSE`));
        const file = node.path.join(directory, "files", `noto-serif-sc-chinese-simplified-${weight}-normal.woff`);
        const parsed = await cachedFontFromPath(file, void 0, (path) => readFile(node, path));
        face = share(`fontsource\0${file}`, () => toFace(parsed, "fontsource", `Noto Serif SC ${weight === 700 ? "Bold" : "Regular"} (${fontsourcePackage})`, "songti", file));
      } catch {
      }
    }
    if (!face) {
      const searched = [
        language === "zh" ? "\u9009\u9879 fonts" : "the fonts option",
        ...searchSystem ? directories : [language === "zh" ? "\uFF08\u672A\u67E5\u627E\u7CFB\u7EDF\u5B57\u4F53\uFF09" : "(system fonts not searched)"],
        ...options.fontsource !== false && node ? [fontsourcePackage] : []
      ].join(language === "zh" ? "\u3001" : ", ");
      const diagnostic = createDiagnostic({ code: "render-font-unavailable", params: { role: roleNames[role][language], searched } }, { locale });
      throw new ReportError("render-font-unavailable", `${diagnostic.message}\u3002${diagnostic.help ?? ""}`);
    }
    faces[role] = face;
    if (face.style !== roleStyle[role]) {
      diagnostics.push(
        createDiagnostic(
          { code: "render-font-substituted", params: { style: styleNames[roleStyle[role]][language], role: roleNames[role][language], font: face.name } },
          { locale }
        )
      );
    }
  }
  const order = ["body", "table", "title", "heading", "subheading"];
  const distinct = [...new Set(order.map((role) => faces[role]))];
  return { faces, distinct, diagnostics };
}

// src/text/glyph-resolver.ts
function locationKey(location) {
  return JSON.stringify(location);
}
function codePointText(character) {
  return `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
var GlyphResolver = class {
  constructor(faces) {
    this.faces = faces;
  }
  faces;
  advances = /* @__PURE__ */ new Map();
  choices = /* @__PURE__ */ new Map();
  findings = /* @__PURE__ */ new Map();
  /** Width of a character at 1 pt in the face that will draw it. */
  advance(face, character) {
    const codePoint = character.codePointAt(0);
    const drawing = this.choose(face, codePoint) ?? face;
    let table = this.advances.get(drawing);
    if (!table) {
      table = /* @__PURE__ */ new Map();
      this.advances.set(drawing, table);
    }
    let width = table.get(codePoint);
    if (width === void 0) {
      width = drawing.font.glyphForCodePoint(codePoint).advanceWidth / drawing.font.unitsPerEm;
      table.set(codePoint, width);
    }
    return width;
  }
  /** A measuring function for line breaking: width of a character at `size`. */
  measure(face, size) {
    return (character) => this.advance(face, character) * size;
  }
  /** Splits a line into runs by the face that draws each character, recording gaps at `location`. */
  runs(text, face, location) {
    const runs = [];
    for (const character of Array.from(text)) {
      const codePoint = character.codePointAt(0);
      const chosen = this.choose(face, codePoint);
      if (chosen === null) this.record("render-missing-glyph", face, void 0, character, location);
      else if (chosen !== face) this.record("render-glyph-substituted", face, chosen, character, location);
      const drawing = chosen ?? face;
      const width = this.advance(face, character);
      const last = runs[runs.length - 1];
      if (last && last.face === drawing) {
        last.text += character;
        last.width += width;
      } else runs.push({ face: drawing, text: character, width });
    }
    return runs;
  }
  /** Every gap found so far, one diagnostic per face, substitute and place. */
  diagnostics(locale) {
    return [...this.findings.values()].map((finding) => {
      const characters = [...finding.characters];
      return createDiagnostic(
        {
          code: finding.code,
          params: {
            font: finding.face.name,
            characters: characters.join(""),
            codePoints: characters.map(codePointText).join(", "),
            ...finding.substitute ? { substitute: finding.substitute.name } : {}
          },
          location: finding.location
        },
        { locale }
      );
    });
  }
  choose(face, codePoint) {
    let table = this.choices.get(face);
    if (!table) {
      table = /* @__PURE__ */ new Map();
      this.choices.set(face, table);
    }
    let chosen = table.get(codePoint);
    if (chosen === void 0) {
      if (isInvisible(codePoint) || face.font.hasGlyphForCodePoint(codePoint)) chosen = face;
      else chosen = this.faces.find((other) => other !== face && other.font.hasGlyphForCodePoint(codePoint)) ?? null;
      table.set(codePoint, chosen);
    }
    return chosen;
  }
  record(code, face, substitute, character, location) {
    const key = `${code}\0${face.name}\0${substitute?.name ?? ""}\0${locationKey(location)}`;
    let finding = this.findings.get(key);
    if (!finding) {
      finding = { code, face, substitute, location, characters: /* @__PURE__ */ new Set() };
      this.findings.set(key, finding);
    }
    finding.characters.add(character);
  }
};
function isInvisible(codePoint) {
  return codePoint === 32 || codePoint === 160 || codePoint === 12288;
}

// src/render-pdf.ts
function collect(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
      const pdf = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        pdf.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(pdf);
    });
  });
}
async function renderPdf(report2, options = {}) {
  const locale = options.locale;
  const language = locale === "en" ? "en" : "zh";
  const form = options.form ?? getForm(report2.format);
  const title = options.title ?? reportTitle(report2);
  const blocks = reportBlocks(report2, form, title);
  if (options.aggregate) blocks.push(...aggregateBlocks(options.aggregate, { locale, form, roster: options.roster, memberFigures: options.memberFigures }));
  const fonts = await resolveFonts({ fonts: options.fonts, systemFonts: options.systemFonts, fontsource: options.fontsource, locale });
  const used = fontRoles.map((role) => {
    const face = fonts.faces[role];
    return {
      role,
      name: face.name,
      postscriptName: face.postscriptName,
      ...face.style ? { style: face.style } : {},
      origin: face.origin,
      ...face.file ? { file: face.file } : {},
      substitute: face.origin !== "option" && face.style !== roleStyle[role]
    };
  });
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: options.compress ?? true,
    pdfVersion: "1.7",
    lang: "zh-CN",
    displayTitle: true,
    info: {
      Title: title,
      Author: report2.organ.name,
      Subject: message(locale, "subject"),
      Keywords: message(locale, "keywords", { year: report2.year }),
      Creator: "@report/render-pdf",
      CreationDate: options.creationDate ?? /* @__PURE__ */ new Date(),
      // Custom entry: which faces were used, as `pdfinfo -custom` shows it.
      Fonts: used.map((font) => message(locale, "fontsUsed", { role: roleNames[font.role][language], font: font.name })).join(language === "zh" ? "\uFF1B" : "; ")
    }
  });
  const output = collect(doc);
  const glyphs = new GlyphResolver(fonts.distinct);
  const writer = new PdfWriter(doc, fonts, glyphs, pageGeometry, options.pageNumbers ?? "alternate");
  writer.newPage();
  typeset(writer, blocks);
  doc.end();
  const pdf = await output;
  return { pdf, pageCount: writer.page, fonts: used, diagnostics: [...fonts.diagnostics, ...glyphs.diagnostics(locale)] };
}

// probe.tmp.mts
var report = importNarrativeText(fs.readFileSync("/work/shared/fixtures/egong-2019-narrative.txt")).report;
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const res = await renderPdf(report, { creationDate: /* @__PURE__ */ new Date("2024-01-01"), systemFonts: process.argv[2] === "nosys" ? false : true });
  console.log((performance.now() - t).toFixed(0), "ms", res.pdf.length);
}
