/**
 * The API's OpenAPI 3.1 document (GET /api/openapi.json), written from
 * API_ROUTES — the entries the server registers its routes from and checks
 * their requests with — and their zod schemas (zod's JSON Schema, the
 * dialect OpenAPI 3.1 uses), so it says what the server does. The errors a
 * route can answer follow from its entry: who may call it, its body, its
 * If-Match.
 */
import { z } from 'zod';
import {
  API_ROUTES,
  apiErrorSchema,
  CSRF_HEADER,
  PARK_ID_PATTERN,
  SESSION_COOKIE,
  type ApiRoute,
} from '../core/io/serverProtocol.ts';
import { parkModelSchema } from '../core/model/schema.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType | 'park-model'): JsonSchema {
  if (schema === 'park-model') return { $ref: '#/components/schemas/ParkModel' };
  // Each schema is embedded in the document, whose dialect OpenAPI 3.1 names once: not its own `$schema`.
  const embedded: JsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  delete embedded['$schema'];
  return embedded;
}

const ERROR = { $ref: '#/components/responses/Error' };

/** The errors a route can answer, from its entry. */
function errorResponses(route: ApiRoute): Record<string, unknown> {
  const errors: Record<string, unknown> = { 500: ERROR };
  if (route.access !== 'anyone') errors[401] = ERROR;
  if (route.access !== 'anyone' && route.access !== 'user') Object.assign(errors, { 403: ERROR, 404: ERROR });
  else if (route.method !== 'get' && route.access === 'user') errors[403] = ERROR;
  if (route.query || route.body || route.ifMatch) errors[400] = ERROR;
  if (route.body) Object.assign(errors, { 413: ERROR, 415: ERROR });
  if (route.body === 'park-model') errors[422] = ERROR;
  if (route.ifMatch) errors[409] = ERROR;
  if (route.ifMatch === 'required') errors[428] = ERROR;
  if (route.path === API_ROUTES.login.path || route.path === API_ROUTES.createToken.path) errors[429] = ERROR;
  return errors;
}

function parameters(route: ApiRoute): unknown[] {
  const list: unknown[] = [];
  for (const [, name] of route.path.matchAll(/:(\w+)/g))
    list.push({
      name,
      in: 'path',
      required: true,
      schema: name === 'id' ? { type: 'string', pattern: PARK_ID_PATTERN.source } : { type: 'integer', minimum: 1 },
    });
  for (const [name, field] of Object.entries(route.query?.shape ?? {}))
    list.push({
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: jsonSchema(field as z.ZodType),
    });
  if (route.ifMatch)
    list.push({
      name: 'If-Match',
      in: 'header',
      required: route.ifMatch === 'required',
      description: 'the revision the edit started from, as the ETag it was read with: "3"',
      schema: { type: 'string' },
    });
  if (route.method !== 'get' && route.access !== 'anyone')
    list.push({
      name: CSRF_HEADER,
      in: 'header',
      required: false,
      description: 'required with the session cookie (the csrfToken of POST /api/login or GET /api/session)',
      schema: { type: 'string' },
    });
  return list;
}

function operation(name: string, route: ApiRoute): Record<string, unknown> {
  const responses: Record<string, unknown> = errorResponses(route);
  for (const [status, answer] of Object.entries(route.responses)) {
    const type = answer.contentType ?? 'application/json';
    responses[status] = {
      description: answer.description,
      ...(answer.schema || answer.contentType
        ? { content: { [type]: answer.schema ? { schema: jsonSchema(answer.schema) } : {} } }
        : {}),
    };
  }
  return {
    operationId: name,
    summary: route.summary,
    ...(route.access === 'anyone' ? { security: [] } : {}),
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } }
      : {}),
    responses,
  };
}

export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method] = operation(name, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Symbiograph team server',
      version,
      description:
        'Shared parks with versions and roles. Errors are {error: {code, message: {zh, en}}}. A save sends If-Match with the revision it started from; a stale one is 409 and is kept as a rejected save.',
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      schemas: { ParkModel: jsonSchema(parkModelSchema), Error: jsonSchema(apiErrorSchema) },
      responses: {
        Error: {
          description: 'an error: its code, and a message in Chinese and English',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'a token from POST /api/tokens' },
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'from POST /api/login' },
      },
    },
  };
}
