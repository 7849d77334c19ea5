// The OpenAPI 3.1 description of the open data API (openapi.json beside this file, the one source
// of truth), and its readable form for the /api/docs page: operations, parameters, response
// shapes and examples, generated from the document so that both never disagree.
import document from './openapi.json';

interface Schema {
  type?: string | string[];
  const?: string;
  enum?: string[];
  items?: Schema;
  $ref?: string;
  format?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description?: string;
  schema: Schema;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: Schema; example?: unknown }> }
  >;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const OPEN_API_DOCUMENT = document as unknown as OpenApiDocument;

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

/** A schema in a few French words: "entier (1 à 100)", "un de : logement, …", "tableau de Offre". */
export function describeSchema(schema: Schema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return `« ${schema.const} »`;
  if (schema.enum) return `un de : ${schema.enum.join(', ')}`;
  const types = [schema.type ?? 'objet'].flat();
  const words = types.map((type) =>
    type === 'array' && schema.items
      ? `tableau de ${describeSchema(schema.items)}`
      : (TYPE_WORDS[type] ?? type),
  );
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? ` (${schema.minimum} à ${schema.maximum})`
      : '';
  const format = schema.format ? ` (${schema.format})` : '';
  return `${words.join(' ou ')}${range}${format}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'texte',
  integer: 'entier',
  number: 'nombre',
  boolean: 'booléen',
  object: 'objet',
  array: 'tableau',
  null: 'null',
};

const WHERE: Record<Parameter['in'], string> = { query: 'requête', path: 'chemin' };

/** What the documentation page shows. */
export function presentOpenApi(spec: OpenApiDocument) {
  const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      id: operation.operationId,
      method: method.toUpperCase(),
      path,
      summary: operation.summary,
      description: operation.description,
      parameters: (operation.parameters ?? []).map((parameter) => ({
        name: parameter.name,
        where: WHERE[parameter.in],
        required: parameter.required === true,
        description: parameter.description,
        type: describeSchema(parameter.schema),
      })),
      responses: Object.entries(operation.responses).map(([status, response]) => {
        const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
        return {
          status,
          description: response.description,
          mediaType,
          shape: content?.schema ? describeSchema(content.schema) : undefined,
          example: content?.example === undefined ? undefined : JSON.stringify(content.example, null, 2),
        };
      }),
    })),
  );
  const schemas = Object.entries(spec.components.schemas).map(([name, schema]) => ({
    name,
    description: schema.description,
    properties: Object.entries(schema.properties ?? {}).map(([property, definition]) => ({
      name: property,
      required: schema.required?.includes(property) === true,
      type: describeSchema(definition),
      description: definition.description,
    })),
  }));
  return {
    title: spec.info.title,
    version: spec.info.version,
    description: spec.info.description,
    operations,
    schemas,
  };
}
