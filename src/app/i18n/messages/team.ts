/** The app's texts for the team server (`symbiograph serve`): signing in, the shared parks, saves, conflicts and live notices. */
import type { BilingualMessage } from '../../../core/text/language.ts';

export const TEAM_TEXTS = {
  login: {
    title: { zh: '登录团队服务器', en: 'Sign in to the team server' },
    intro: {
      zh: '此页面由 Symbiograph 团队服务器提供。登录后可打开团队共享的园区、查看版本并保存。',
      en: 'This page is served by a Symbiograph team server. Sign in to open the parks your team shares, see their versions and save.',
    },
    username: { zh: '用户名', en: 'User name' },
    password: { zh: '密码', en: 'Password' },
    submit: { zh: '登录', en: 'Sign in' },
    signingIn: { zh: '正在登录…', en: 'Signing in…' },
    rateLimited: {
      zh: '登录尝试过多,请在 {{seconds}} 秒后再试。',
      en: 'Too many sign-in attempts: try again in {{seconds}} seconds.',
    },
    network: {
      zh: '无法连接服务器,请检查网络后重试。',
      en: 'The server cannot be reached: check the network and try again.',
    },
    hint: {
      zh: '账户由管理员用 symbiograph user add 创建。',
      en: 'Accounts are made by an administrator with symbiograph user add.',
    },
  },
  team: {
    button: { zh: '团队园区', en: 'Team parks' },
    title: { zh: '团队园区', en: 'Team parks' },
    close: { zh: '关闭', en: 'Close' },
    signedInAs: { zh: '已登录:{{user}}', en: 'Signed in as {{user}}' },
    signOut: { zh: '退出登录', en: 'Sign out' },
    loading: { zh: '正在读取…', en: 'Reading…' },
    none: {
      zh: '您还没有可访问的团队园区。可将当前园区上传为新的共享园区。',
      en: 'No team park is shared with you yet. Upload the open park as a new shared park.',
    },
    colName: { zh: '园区', en: 'Park' },
    colRole: { zh: '您的角色', en: 'Your role' },
    colRevision: { zh: '版本', en: 'Revision' },
    colLast: { zh: '最后保存', en: 'Last saved' },
    lastSaved: { zh: '{{author}},{{time}}', en: '{{author}}, {{time}}' },
    'role.viewer': { zh: '查看者', en: 'viewer' },
    'role.editor': { zh: '编辑者', en: 'editor' },
    'role.owner': { zh: '所有者', en: 'owner' },
    open: { zh: '打开', en: 'Open' },
    openNamed: { zh: '打开团队园区“{{name}}”', en: 'Open the team park “{{name}}”' },
    isOpen: { zh: '当前打开', en: 'open now' },
    upload: { zh: '将当前园区上传为共享园区', en: 'Upload the open park as a shared park' },
    uploadMessage: { zh: '说明(可选)', en: 'Message (optional)' },
    versionsTitle: { zh: '“{{name}}”的版本', en: 'Versions of “{{name}}”' },
    colAuthor: { zh: '作者', en: 'Author' },
    colTime: { zh: '时间', en: 'Time' },
    colMessage: { zh: '说明', en: 'Message' },
    restoredFrom: { zh: '(恢复自版本 {{revision}})', en: '(restored from revision {{revision}})' },
    openCopy: { zh: '打开副本', en: 'Open a copy' },
    openCopyTitle: {
      zh: '以只读副本的方式查看此版本:作为本地模型加入模型库,不会保存到服务器。',
      en: 'Look at this version as a copy: added to the library as a local model, never saved to the server.',
    },
    copyName: { zh: '{{name}}(版本 {{revision}},只读副本)', en: '{{name}} (revision {{revision}}, copy)' },
    restore: { zh: '恢复', en: 'Restore' },
    restoreTitle: {
      zh: '以此版本的内容创建一个新版本;您当前的修改保留在撤销历史中。',
      en: 'A new version with this version’s content; your current changes stay in the undo history.',
    },
    viewerOnly: {
      zh: '您是此园区的查看者:只有编辑者和所有者可以保存或恢复。',
      en: 'You are a viewer of this park: only editors and owners can save or restore.',
    },
    failed: { zh: '服务器拒绝了请求(HTTP {{status}})。', en: 'The server refused the request (HTTP {{status}}).' },
    network: {
      zh: '无法连接服务器:您的修改仍保留在本浏览器中。',
      en: 'The server cannot be reached: your changes are kept in this browser.',
    },
  },
  shared: {
    badge: { zh: '共享', en: 'Shared' },
    where: {
      zh: '团队园区“{{name}}”· 基于版本 {{revision}}',
      en: 'Team park “{{name}}” · based on revision {{revision}}',
    },
    save: { zh: '保存到服务器', en: 'Save to server' },
    saveTitle: {
      zh: '将当前园区保存为服务器上的新版本(基于版本 {{revision}})',
      en: 'Save the open park as a new version on the server (on top of revision {{revision}})',
    },
    message: { zh: '保存说明(可选)', en: 'Message (optional)' },
    saving: { zh: '正在保存…', en: 'Saving…' },
    saved: { zh: '已保存为版本 {{revision}}', en: 'Saved as revision {{revision}}' },
    unsaved: { zh: '有未保存到服务器的修改', en: 'Changes not on the server yet' },
    invalid: {
      zh: '服务器未保存此园区:模型有以下问题。',
      en: 'The server did not save the park: the model has these problems.',
    },
    conflict: {
      zh: '{{author}} 在 {{time}} 保存了版本 {{revision}},而您的修改基于版本 {{base}}。您的修改没有覆盖它,仍保留在这里。请选择:',
      en: '{{author}} saved revision {{revision}} at {{time}} while your changes were based on revision {{base}}. Your changes did not overwrite it and are still here. Choose:',
    },
    keepMine: { zh: '保留我的版本(在其之上保存为新版本)', en: 'Keep mine (save it as a new version on top)' },
    takeTheirs: { zh: '载入服务器上的版本', en: 'Take theirs (load the server’s version)' },
    downloadMine: { zh: '下载我的版本', en: 'Download mine' },
    theirsLabel: { zh: '载入服务器版本 {{revision}}', en: 'Load server revision {{revision}}' },
    live: {
      zh: '{{author}} 在 {{time}} 保存了版本 {{revision}}。',
      en: '{{author}} saved revision {{revision}} at {{time}}.',
    },
    liveDirty: {
      zh: '您有尚未保存到服务器的修改:载入后它们仍在撤销历史中。',
      en: 'You have changes not on the server: after loading they stay in the undo history.',
    },
    loadIt: { zh: '载入此版本', en: 'Load it' },
    confirmLoad: {
      zh: '确认载入(我的修改保留在撤销历史中)',
      en: 'Load it anyway (my changes stay in the undo history)',
    },
    keepWorking: { zh: '继续工作', en: 'Keep working' },
  },
} as const satisfies Record<string, Record<string, BilingualMessage>>;
