import type { Label } from '@gig/shared';

/**
 * The staff page's words for the knowledge editor (issue 13): the library's list, the editor of
 * each kind, review and publishing, version history, the Markdown import and the typical case made
 * from a closed case. Kinds, statuses, outcomes, claim types and industries come from the shared
 * label tables. Part of the page's one dictionary (i18n.tsx spreads them in).
 */
export const KNOWLEDGE_WORDS = {
  knowledge: { 'zh-CN': '知识库', en: 'Knowledge library' },
  knHelp: {
    'zh-CN':
      '法律条文、政策指引、普法课堂和典型案例。新条目和修改先保存为草稿，提交审核后才能发布；发布的版本供劳动者查阅，旧版本保留在版本历史中。',
    en: 'Statute articles, policy guides, legal classes and typical cases. New entries and changes are drafts; a draft is submitted for review before it is published. Workers read the published version; earlier versions stay in the history.',
  },
  knNew: { 'zh-CN': '新建条目', en: 'New entry' },
  knImport: { 'zh-CN': '从Markdown导入', en: 'Import from Markdown' },
  knFromCase: { 'zh-CN': '已结案件生成典型案例', en: 'Typical case from a closed case' },
  knSearch: { 'zh-CN': '标题包含', en: 'Title contains' },
  knTitle: { 'zh-CN': '标题', en: 'Title' },
  knVersion: { 'zh-CN': '版本', en: 'Version' },
  knVersionN: { 'zh-CN': '第{n}版', en: 'v{n}' },
  knLiveN: { 'zh-CN': '在用：第{n}版', en: 'live: v{n}' },
  knUpdated: { 'zh-CN': '更新时间', en: 'Updated' },
  knNone: { 'zh-CN': '没有符合条件的条目', en: 'No entries match' },
  knMore: {
    'zh-CN': '共{total}条，仅显示最近更新的{n}条，请缩小筛选范围。',
    en: '{total} entries; only the {n} updated last are shown. Narrow the filters.',
  },
  knBack: { 'zh-CN': '返回知识库', en: 'Back to the library' },
  knNotFound: { 'zh-CN': '没有找到该条目。', en: 'This entry does not exist.' },
  // The editor's fields.
  knLaw: { 'zh-CN': '法律名称', en: 'Law' },
  knLawHint: {
    'zh-CN': '按库中写法填写简称，如：劳动合同法',
    en: 'The short Chinese name as the library writes it, e.g. 劳动合同法',
  },
  knArticle: { 'zh-CN': '条号', en: 'Article no.' },
  knArticleN: { 'zh-CN': '第{n}条', en: 'art {n}' },
  knBody: { 'zh-CN': '正文（Markdown）', en: 'Text (Markdown)' },
  knBodyArticle: { 'zh-CN': '条文', en: 'Article text' },
  knBodyCase: { 'zh-CN': '摘要（列表和搜索结果中显示）', en: 'Summary (shown in lists and search results)' },
  knSummary: { 'zh-CN': '正文为摘要', en: 'A summary' },
  knSummaryHint: {
    'zh-CN': '条文不是原文而是摘要时打开，页面会标注“摘要”',
    en: 'On when the text is a summary, not the verbatim source (marked 摘要)',
  },
  knSummaryTag: { 'zh-CN': '摘要', en: 'Summary' },
  knExample: {
    'zh-CN': '示例案例（没有可核实的来源，页面标注“示例”）',
    en: 'An illustrative case (no source to check; marked 示例)',
  },
  knExampleTag: { 'zh-CN': '示例', en: 'Example' },
  knExampleForced: {
    'zh-CN': '没有填写来源和日期的案例只能作为示例保存和发布，页面会标注“示例”。',
    en: 'A case without a source and date can only be saved and published as an example (marked 示例).',
  },
  knClaimTypes: { 'zh-CN': '适用的请求事项', en: 'Claim types' },
  knIndustries: { 'zh-CN': '适用行业', en: 'Industries' },
  knKeywords: { 'zh-CN': '检索关键词', en: 'Search keywords' },
  knKeywordsHint: {
    'zh-CN': '劳动者会用的说法（如：辞退、开除），输入后按回车',
    en: 'Words a worker would use (辞退, 开除); press Enter after each',
  },
  knSource: { 'zh-CN': '来源', en: 'Source' },
  knSourceTitle: { 'zh-CN': '来源名称', en: 'Source title' },
  knIssuer: { 'zh-CN': '发布机关', en: 'Issuer' },
  knDocNumber: { 'zh-CN': '文号', en: 'Document number' },
  knSourceUrl: { 'zh-CN': '来源链接', en: 'Source link' },
  knVersionDate: { 'zh-CN': '版本日期', en: 'Version date' },
  knEffectiveDate: { 'zh-CN': '施行日期', en: 'In force from' },
  knSourceNeedsTitle: { 'zh-CN': '填写来源时须有来源名称', en: 'A source needs its title' },
  knUrl: { 'zh-CN': '请填写以 http:// 或 https:// 开头的链接', en: 'A link starting with http:// or https://' },
  knMedia: { 'zh-CN': '音频与视频', en: 'Audio and video' },
  knMediaKind: { 'zh-CN': '类型', en: 'Kind' },
  knMediaUrl: { 'zh-CN': '链接', en: 'Link' },
  knMediaTitle: { 'zh-CN': '名称（选填）', en: 'Title (optional)' },
  knAddMedia: { 'zh-CN': '添加音视频', en: 'Add audio or video' },
  knCaseParts: { 'zh-CN': '案例内容', en: 'The case' },
  knFacts: { 'zh-CN': '案情', en: 'Facts' },
  knFocus: { 'zh-CN': '争议焦点', en: 'Dispute focus' },
  knOutcome: { 'zh-CN': '处理结果', en: 'Outcome' },
  knReasoning: { 'zh-CN': '裁判/处理理由', en: 'Reasoning' },
  knBasis: { 'zh-CN': '法律依据（库中已发布的条文、政策、课堂）', en: 'Legal basis (published library entries)' },
  knDecidedOn: { 'zh-CN': '裁判或发布日期', en: 'Decided or published on' },
  knNote: { 'zh-CN': '修改说明（记入版本历史）', en: 'What changed (kept in the history)' },
  // The editor's steps.
  knSave: { 'zh-CN': '保存草稿', en: 'Save draft' },
  knSubmit: { 'zh-CN': '提交审核', en: 'Submit for review' },
  knPublish: { 'zh-CN': '审核通过并发布', en: 'Approve and publish' },
  knSaved: { 'zh-CN': '已保存为第{n}版草稿', en: 'Saved as draft v{n}' },
  knSubmitted: { 'zh-CN': '已提交审核', en: 'Submitted for review' },
  knPublished: { 'zh-CN': '已发布第{n}版', en: 'Published v{n}' },
  knPublishConfirm: {
    'zh-CN': '发布后劳动者即可查阅该版本，它将替换当前发布的版本。确定发布？',
    en: 'Workers will read this version; it replaces the published one. Publish?',
  },
  knNewDraftHint: {
    'zh-CN': '该条目第{n}版已发布。保存修改将生成新的草稿版本，劳动者仍看到已发布的版本，直到新版本发布。',
    en: 'Version {n} is published. Saving a change starts a new draft version; workers read the published one until the new one is published.',
  },
  knReviewHint: {
    'zh-CN': '该版本正在审核。审核人可直接发布；再次保存修改会将其退回草稿。',
    en: 'This version is in review. A reviewer may publish it; saving a change returns it to draft.',
  },
  knRulePublished: {
    'zh-CN': '须是库中已发布的法律条文、政策指引或普法课堂',
    en: 'must be a published article, policy guide or legal class',
  },
  knRuleUnique: {
    'zh-CN': '该法律的这一条已作为另一条目发布',
    en: 'this article is already published as another entry',
  },
  knRuleKind: { 'zh-CN': '这一类条目没有这一项', en: 'this kind of entry has no such part' },
  // Version history.
  knVersions: { 'zh-CN': '版本历史', en: 'Version history' },
  knCreatedAt: { 'zh-CN': '创建时间', en: 'Created' },
  knPublishedAt: { 'zh-CN': '发布时间', en: 'Published' },
  knNoteCol: { 'zh-CN': '修改说明', en: 'Note' },
  knSuperseded: { 'zh-CN': '已被新版本取代', en: 'Superseded' },
  knView: { 'zh-CN': '查看', en: 'View' },
  // The personal-data check of a typical case.
  knPdTitle: { 'zh-CN': '个人信息自动检查', en: 'Personal-data check' },
  knPdClean: {
    'zh-CN': '自动检查未发现姓名、电话、身份证号、车牌号或地址。自动检查只能发现有规律的信息，请仍通读全文。',
    en: 'The check finds no name, phone, ID or plate number or address. It finds patterns only: still read the whole text.',
  },
  knPdFound: {
    'zh-CN': '自动检查发现{n}处个人信息，去除后才能提交审核和发布：',
    en: 'The check finds {n} pieces of personal data; remove them before submitting and publishing:',
  },
  knPdReplaced: { 'zh-CN': '生成草稿时已替换{n}处：', en: '{n} replaced when the draft was made:' },
  knPdWhere: { 'zh-CN': '位置', en: 'Where' },
  knPdWhat: { 'zh-CN': '内容（已遮挡）', en: 'What (masked)' },
  knPd_name: { 'zh-CN': '姓名', en: 'Name' },
  knPd_phone: { 'zh-CN': '电话号码', en: 'Phone number' },
  knPd_id_number: { 'zh-CN': '身份证号', en: 'ID number' },
  knPd_plate: { 'zh-CN': '车牌号', en: 'Plate number' },
  knPd_address: { 'zh-CN': '地址', en: 'Address' },
  // The Markdown import.
  knImportHelp: {
    'zh-CN':
      '粘贴Markdown或选择 .md 文件。每个条目以两行 --- 之间的头信息开始（kind、title、law、article、claimTypes、source.title、source.versionDate 等），其后是正文；典型案例用“## 案情”“## 争议焦点”“## 裁判理由”分节，结果写在 outcome。全部条目无误时才导入，均为草稿。',
    en: 'Paste Markdown or pick a .md file. Each entry starts with front matter between two --- lines (kind, title, law, article, claimTypes, source.title, source.versionDate…), then its text; a typical case has "## 案情", "## 争议焦点", "## 裁判理由" sections and its outcome key. All entries are imported as drafts, or none when one is at fault.',
  },
  knImportCodes: { 'zh-CN': '可用的代码', en: 'Codes' },
  knMarkdown: { 'zh-CN': 'Markdown', en: 'Markdown' },
  knPickFile: { 'zh-CN': '选择文件', en: 'Pick a file' },
  knWillCreate: { 'zh-CN': '将创建{n}个草稿：', en: '{n} drafts will be created:' },
  knEntryN: { 'zh-CN': '第{n}条', en: 'Entry {n}' },
  knProblems: {
    'zh-CN': '以下问题修正后才能导入（有问题时不会导入任何条目）：',
    en: 'Fix these to import (nothing is imported while any remains):',
  },
  knDoImport: { 'zh-CN': '导入', en: 'Import' },
  knImported: { 'zh-CN': '已导入{n}个草稿', en: '{n} drafts imported' },
  knMdNoEntry: {
    'zh-CN': '没有找到条目：每个条目以 --- 包围的头信息开始',
    en: 'No entry found: each starts with front matter between --- lines',
  },
  knMdBad: { 'zh-CN': '不正确', en: 'not valid' },
  knMdMissing: { 'zh-CN': '缺少', en: 'missing' },
  knMdFacts: { 'zh-CN': '典型案例须有“## 案情”一节', en: 'a typical case needs a "## 案情" section' },
  // A typical case from a closed case.
  knFromCaseHelp: {
    'zh-CN':
      '输入已结案件的编号或ID。系统用案件的行业、请求事项和事实生成典型案例草稿，并替换姓名、电话、身份证号、车牌号和地址；编辑补充争议焦点、结果和理由后提交审核。',
    en: "Enter a closed case's number or id. A typical-case draft is made from its industry, claim types and story, with names, phone, ID and plate numbers and addresses replaced; complete the focus, outcome and reasoning, then submit it for review.",
  },
  knCaseRef: { 'zh-CN': '案件编号或ID', en: 'Case number or id' },
  knCaseNotFound: { 'zh-CN': '没有找到该已结案件', en: 'No closed case with this number' },
  knMakeDraft: { 'zh-CN': '生成草稿', en: 'Make the draft' },
  knDraftMade: { 'zh-CN': '已生成典型案例草稿', en: 'Typical-case draft made' },
  knOpenDraft: { 'zh-CN': '编辑草稿', en: 'Edit the draft' },
} satisfies Record<string, Label>;
