/**
 * The team server's words (namespace `server`, src/server/): the messages of
 * its API errors (core/io/serverProtocol.ts), which every client shows in
 * its reader's language, and the names of the roles.
 */
import type { BilingualMessage } from '../language.ts';

export const SERVER_MESSAGES = {
  role_viewer: { zh: '查看者', en: 'viewer' },
  role_editor: { zh: '编辑者', en: 'editor' },
  role_owner: { zh: '所有者', en: 'owner' },
  unauthenticated: {
    zh: '请先登录:浏览器会话(POST /api/login),或 Authorization: Bearer 令牌(POST /api/tokens)',
    en: 'sign in first: a browser session (POST /api/login), or Authorization: Bearer TOKEN (POST /api/tokens)',
  },
  badToken: {
    zh: '该令牌无效或已被撤销:请用 POST /api/tokens 申请新令牌',
    en: 'this token is not valid or was revoked: get a new one with POST /api/tokens',
  },
  badCredentials: { zh: '用户名或密码不正确', en: 'wrong username or password' },
  rateLimited: {
    zh: '登录失败次数过多:请在 {{seconds}} 秒后再试',
    en: 'too many failed sign-ins: try again in {{seconds}} s',
  },
  forbiddenRole: {
    zh: '你在该园区的角色是{{role}},不能这样做:需要{{needed}}',
    en: 'your role on this park is {{role}}, which cannot do this: it takes {{needed}}',
  },
  csrfMissing: {
    zh: '缺少或不正确的 CSRF 令牌:浏览器会话的每个非 GET 请求都须在 X-CSRF-Token 请求头中带上登录或 GET /api/session 给出的令牌',
    en: 'missing or wrong CSRF token: every request of a browser session that is not a GET must carry the token from signing in or GET /api/session in X-CSRF-Token',
  },
  originRefused: {
    zh: '请求来自另一个网站({{origin}}),已拒绝',
    en: 'the request comes from another site ({{origin}}) and was refused',
  },
  parkNotFound: { zh: '没有这个园区,或你无权查看', en: 'no such park, or not one you may see' },
  versionNotFound: { zh: '该园区没有第 {{revision}} 版', en: 'the park has no revision {{revision}}' },
  rejectedNotFound: { zh: '该园区没有编号为 {{id}} 的被拒保存', en: 'the park has no rejected save {{id}}' },
  pathNotFound: { zh: '没有这个接口:{{method}} {{path}}', en: 'no such route: {{method}} {{path}}' },
  staleRevision: {
    zh: '园区已是第 {{head}} 版({{author}} 于 {{time}} 保存),而你的修改基于第 {{base}} 版:未保存。你发送的模型已保留为被拒保存 {{id}};请先获取最新版本,合并后再保存',
    en: 'the park is at revision {{head}} (saved by {{author}} at {{time}}) but your edit started from revision {{base}}: not saved. The model you sent is kept as rejected save {{id}}; get the latest revision, merge, and save again',
  },
  payloadTooLarge: {
    zh: '请求体超过了服务器 {{limit}} MB 的上限(serve --max-body)',
    en: "the request body is over the server's limit of {{limit}} MB (serve --max-body)",
  },
  unsupportedMediaType: {
    zh: '请求体须为 JSON(Content-Type: application/json),收到的是 {{type}}',
    en: 'the request body must be JSON (Content-Type: application/json), not {{type}}',
  },
  badJson: { zh: '请求体不是有效的 JSON:{{detail}}', en: 'the request body is not valid JSON: {{detail}}' },
  badBody: { zh: '请求体中这些字段无效:{{fields}}', en: 'these fields of the request body are not valid: {{fields}}' },
  badQuery: { zh: '这些查询参数无效:{{fields}}', en: 'these query parameters are not valid: {{fields}}' },
  invalidModel: {
    zh: '园区模型有 {{n}} 个错误,未保存(problems 中列出了每个错误及其位置)',
    en: 'the park model has {{n}} error(s) and was not saved (problems lists each with its place)',
  },
  unknownUser: { zh: '没有名为 {{username}} 的账户', en: 'there is no account named {{username}}' },
  lastOwner: {
    zh: '园区至少要保留一位所有者:请先让另一位成员成为所有者',
    en: 'a park keeps one owner at least: make another member an owner first',
  },
  ifMatchRequired: {
    zh: '保存须在 If-Match 请求头中注明修改所基于的版本(即读取时的 ETag,如 "3"),以免覆盖他人未看到的修改',
    en: 'a save must name the revision it started from in If-Match (the ETag it was read with, e.g. "3"), so that no one\'s edit is overwritten unseen',
  },
  badIfMatch: {
    zh: 'If-Match 须为一个版本号(如 "3"),收到的是 {{value}}',
    en: 'If-Match must be one revision (e.g. "3"), not {{value}}',
  },
  appMissing: {
    zh: 'Symbiograph 团队服务器:此处没有构建好的应用(npm run build);接口说明见 /api/openapi.json',
    en: 'Symbiograph team server: the app is not built here (npm run build); the API is described at /api/openapi.json',
  },
  internal: {
    zh: '服务器内部错误,详情已写入服务器的日志',
    en: "the server failed; the details are in the server's log",
  },
} as const satisfies Record<string, BilingualMessage>;
