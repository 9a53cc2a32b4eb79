/** The app's texts for the park library: history, saving, examples, notices, tab conflicts: i18next sections, each key's Chinese and English. */
import type { BilingualMessage } from '../../../core/text/language.ts';

export const LIBRARY_TEXTS = {
  history: {
    label: { zh: '撤销历史', en: 'Undo history' },
    undo: { zh: '撤销', en: 'Undo' },
    redo: { zh: '重做', en: 'Redo' },
    undoStep: { zh: '撤销:{{step}}', en: 'Undo: {{step}}' },
    redoStep: { zh: '重做:{{step}}', en: 'Redo: {{step}}' },
    nothingToUndo: { zh: '没有可撤销的操作', en: 'Nothing to undo' },
    nothingToRedo: { zh: '没有可重做的操作', en: 'Nothing to redo' },
  },
  save: {
    saved: { zh: '已保存', en: 'Saved' },
    pending: { zh: '有未保存的修改', en: 'Unsaved changes' },
    saving: { zh: '正在保存…', en: 'Saving…' },
    failed: { zh: '未能保存', en: 'Not saved' },
    'not-kept': { zh: '修改不会保留', en: 'Changes not kept' },
    conflict: { zh: '未保存:冲突', en: 'Not saved: conflict' },
  },
  library: {
    button: { zh: '模型库', en: 'Library' },
    title: { zh: '模型库', en: 'Model library' },
    close: { zh: '关闭', en: 'Close' },
    notKept: {
      zh: '此浏览器不允许保存数据:模型库只保留到页面关闭为止。',
      en: 'This browser does not allow saving: the library lasts only until the page is closed.',
    },
    newName: { zh: '新模型名称', en: 'Name of the new model' },
    create: { zh: '以参考园区新建模型', en: 'New model from the reference park' },
    loading: { zh: '正在读取模型库…', en: 'Reading the library…' },
    open: { zh: '打开', en: 'Open' },
    current: { zh: '当前打开', en: 'open now' },
    updated: { zh: '保存于 {{time}}', en: 'saved {{time}}' },
    rename: { zh: '重命名', en: 'Rename' },
    renameLabel: { zh: '“{{name}}”的新名称', en: 'New name for “{{name}}”' },
    save: { zh: '保存', en: 'Save' },
    cancel: { zh: '取消', en: 'Cancel' },
    duplicate: { zh: '复制', en: 'Duplicate' },
    duplicateScenario: { zh: '复制为情景', en: 'Duplicate as scenario' },
    copyName: { zh: '{{name}}(副本)', en: '{{name}} (copy)' },
    scenarioName: { zh: '{{name}}(情景)', en: '{{name}} (scenario)' },
    delete: { zh: '删除', en: 'Delete' },
    confirmDelete: { zh: '删除“{{name}}”?此操作无法撤销。', en: 'Delete “{{name}}”? This cannot be undone.' },
    confirm: { zh: '删除', en: 'Delete' },
    cannotDeleteOpen: { zh: '请先打开另一个模型,再删除此模型', en: 'Open another model to delete this one' },
    'kind.model': { zh: '模型', en: 'model' },
    'kind.scenario': { zh: '情景', en: 'scenario' },
    damaged: { zh: '无法读取的条目', en: 'Entries that cannot be read' },
    damagedHelp: {
      zh: '这些条目已按原样保留;如不再需要,可以删除。',
      en: 'They were left exactly as found. Delete them if you no longer need them.',
    },
    reset: { zh: '将当前模型恢复为参考园区', en: 'Reset the open model to the reference park' },
    resetHelp: {
      zh: '这是撤销历史中的一步:点“撤销”即可恢复您的模型。',
      en: 'One step in the undo history: Undo brings your model back.',
    },
  },
  examples: {
    title: { zh: '示例 / Examples', en: '示例 / Examples' },
    help: {
      zh: '随应用附带的示例:参考园区和已发表的交换清单。打开后作为新模型加入模型库,您的其他模型不受影响。交换清单按 CSV 导入的同样方式读取,先显示导入报告。',
      en: 'Examples bundled with the app: the reference park and published exchange lists. Opening one adds it to the library as a new model; your other models are not changed. An exchange list is read as a CSV import is, and its import report is shown first.',
    },
    kindReference: { zh: '参考园区', en: 'reference park' },
    kindExchangeList: { zh: '交换清单', en: 'exchange list' },
    open: { zh: '打开', en: 'Open' },
    openNamed: { zh: '打开示例“{{name}}”', en: 'Open the example “{{name}}”' },
    confirm: { zh: '作为新模型打开', en: 'Open as a new model' },
    confirmHelp: {
      zh: '确认后,“{{name}}”作为新模型加入模型库并打开;空白的数量、类别和年份表示来源未给出。',
      en: 'On confirming, “{{name}}” is added to the library as a new model and opened; blank quantities, categories and years mean the source does not give them.',
    },
    // Each bundled example (library/examples.ts): its title (the new model's park name) and a sentence about it
    'linyi.title': { zh: '临沂经济技术开发区(参考园区)', en: 'Linyi ETDZ (reference park)' },
    'linyi.summary': {
      zh: '默认参考园区:四条产业链与共享基础设施,依据《临沂经济技术开发区循环化改造案例》,数量多为注明依据的估算。',
      en: 'The default reference park: four industrial chains and shared infrastructure, from the Linyi circular-transformation case; most quantities are estimates with their basis.',
    },
    'kalundborg.title': { zh: '卡伦堡工业共生(丹麦)', en: 'Kalundborg Symbiosis (Denmark)' },
    'kalundborg.summary': {
      zh: '已发表的交换清单:谁向谁提供什么、何年开始;只有少数交换有数量。每行注明出处。',
      en: 'A published exchange list: who supplies what to whom and the year it began; only a few exchanges have quantities. Every row cites its source.',
    },
    'guitang.title': { zh: '贵糖集团制糖生态工业链(广西贵港)', en: 'Guitang Group sugar complex (Guigang, China)' },
    'guitang.summary': {
      zh: '已发表的蔗糖—酒精—造纸—水泥生态链,只有结构,没有数量;部分交换有起始年份。每行注明出处。',
      en: 'The published sugar–alcohol–paper–cement chains, structure only, no quantities; some exchanges have a start year. Every row cites its source.',
    },
  },
  /** Why the library, the browser's storage or a model's address refused (library/), as problems in both languages. */
  libraryProblem: {
    badModelUrl: {
      zh: '模型地址无效(只接受 http 或 https 地址)',
      en: 'the model address is not valid (only http and https addresses are accepted)',
    },
    fetchFailed: { zh: '无法下载模型:{{detail}}', en: 'the model could not be downloaded: {{detail}}' },
    unavailable: {
      zh: '浏览器存储(IndexedDB)不可用,本次的修改不会被保存({{detail}})',
      en: 'browser storage (IndexedDB) is not available, so changes will not be kept ({{detail}})',
    },
    storageFailed: { zh: '浏览器存储操作失败:{{detail}}', en: "the browser's storage failed: {{detail}}" },
    conflictDeleted: {
      zh: '模型“{{name}}”已在另一个标签页中被删除,本标签页的修改未保存',
      en: 'the model “{{name}}” was deleted in another tab; this tab’s changes were not saved',
    },
    conflictChanged: {
      zh: '模型“{{name}}”已在另一个标签页中被修改,本标签页的修改未保存',
      en: 'the model “{{name}}” was changed in another tab; this tab’s changes were not saved',
    },
    entryShape: {
      zh: '模型库条目已损坏(缺少字段或字段类型错误)',
      en: 'the library entry is damaged (missing fields or fields of the wrong type)',
    },
    modelShape: {
      zh: '模型库中的模型数据已损坏(缺少字段或字段类型错误)',
      en: 'the model data in the library is damaged (missing fields or fields of the wrong type)',
    },
    newerFormat: {
      zh: '此条目由较新版本的 Symbiograph 保存(记录格式 {{format}},本版本读取 {{reads}})',
      en: 'this entry was saved by a newer Symbiograph (record format {{format}}; this version reads {{reads}})',
    },
    stepsDropped: {
      zh: '{{count}} 个已保存的撤销/重做步骤无效,已略去',
      en: '{{count}} saved undo/redo step(s) were not valid and were left out',
    },
    name: {
      zh: '名称不能为空,且不超过 {{max}} 个字符',
      en: 'the name must not be empty and at most {{max}} characters long',
    },
    missing: { zh: '模型库中没有此模型({{id}})', en: 'the library has no such model ({{id}})' },
    entryKey: {
      zh: '模型库条目的标识与其存储位置不符',
      en: 'the library entry’s id does not match where it is stored',
    },
    notSaved: { zh: '未能保存', en: 'could not be saved' },
    deleteOpen: {
      zh: '不能删除当前打开的模型:请先打开另一个模型',
      en: 'the open model cannot be deleted: open another model first',
    },
  },
  notice: {
    storageUnavailable: {
      zh: '此浏览器不允许保存数据(例如无痕窗口):可以浏览和编辑,但关闭页面后修改不会保留。',
      en: 'This browser does not allow saving (a private window, for example): you can explore and edit, but changes will not be kept when the page is closed.',
    },
    openFailed: {
      zh: '无法打开模型库中的模型“{{name}}”,已按原样保留(可在模型库中删除):',
      en: 'The library model “{{name}}” cannot be opened. It was left as it is (you can delete it in the library):',
    },
    readNotes: {
      zh: '模型已打开,但随之保存的部分内容无法读取:',
      en: 'The model was opened, but part of what was saved with it could not be read:',
    },
    storeFailed: {
      zh: '无法把模型存入浏览器:修改不会被保留。',
      en: 'The model could not be stored in the browser: changes will not be kept.',
    },
    dismiss: { zh: '关闭提示', en: 'Dismiss' },
  },
  tabConflict: {
    changed: {
      zh: '模型“{{name}}”已在另一个浏览器标签页中被修改。本标签页的修改没有覆盖它,仍保留在这里(尚未保存),请选择保留哪个版本:',
      en: 'The model “{{name}}” was changed in another browser tab. This tab’s changes did not overwrite it and are still here (not saved): choose which version to keep.',
    },
    deleted: {
      zh: '模型“{{name}}”已在另一个浏览器标签页中被删除。本标签页的内容仍保留在这里(尚未保存):',
      en: 'The model “{{name}}” was deleted in another browser tab. What this tab shows is still here (not saved):',
    },
    loadTheirs: { zh: '载入另一个标签页的版本', en: 'Load the other tab’s version' },
    keepAsCopy: { zh: '将本标签页的版本另存为副本', en: 'Keep this tab’s version as a copy' },
    saveAsNew: { zh: '将本标签页的内容另存为新模型', en: 'Save this tab’s version as a new model' },
    copyName: { zh: '{{name}}(本标签页的副本)', en: '{{name}} (copy from this tab)' },
  },
} as const satisfies Record<string, Readonly<Record<string, BilingualMessage>>>;
