import type { Rule } from 'antd/es/form';

/** The parts of a JSON Schema (TypeBox) a form rule can say. */
interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  /** A nullable field (`Type.Union([X, Type.Null()])`): its rules are X's. */
  anyOf?: Node[];
}

/**
 * A form field's rules from the shared body schema (required, length, pattern, URL), so a form
 * asks what the API asks and no more. `path` walks objects and arrays, e.g. ['items', 'amountYuan'].
 */
export function rulesOf(schema: unknown, path: readonly string[]): Rule[] {
  let node = schema as Node;
  let required = false;
  for (const key of path) {
    if (node.type === 'array' && node.items) node = node.items;
    required = (node.required ?? []).includes(key);
    node = node.properties?.[key] ?? {};
    node = node.anyOf?.find((n) => n.type !== 'null') ?? node;
  }
  const text = node.type === 'string' && !node.format;
  const rules: Rule[] = [];
  if (required) rules.push({ required: true, ...(text ? { whitespace: true } : {}) });
  if (node.minLength && node.minLength > 1) rules.push({ min: node.minLength });
  if (node.maxLength) rules.push({ max: node.maxLength });
  if (node.pattern) rules.push({ pattern: new RegExp(node.pattern) });
  if (node.format === 'uri') rules.push({ type: 'url' });
  return rules;
}
