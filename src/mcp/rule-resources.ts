/**
 * Each rule as a resource, `disclint://rules/{pack}/{name}` (the rule id after the scheme), whose
 * content is explain_rule's: a client can list them, or attach one to a conversation, without a
 * tool call.
 */
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { AllowedRoot } from "./allowed-files.js";
import { explainRule } from "./rule-explanation.js";
import { findRule, rulesOf } from "./rule-tools.js";
import type { Log } from "./tool-result.js";

const SCHEME = "disclint://rules/";

export function registerRuleResources(server: McpServer, roots: readonly AllowedRoot[], log: Log): void {
  const template = new ResourceTemplate(`${SCHEME}{pack}/{name}`, {
    list: () => ({
      resources: rulesOf(roots).map(({ rule }) => ({
        uri: `${SCHEME}${rule.id}`,
        name: rule.id,
        title: rule.title,
        mimeType: "application/json",
      })),
    }),
  });
  server.registerResource(
    "rule",
    template,
    {
      title: "A disclint rule",
      description:
        "What a rule checks, what it rests on (with the provision's words), where it applies, and examples.",
      mimeType: "application/json",
    },
    (uri, variables) => {
      const id = `${variables.pack}/${variables.name}`;
      try {
        const { rule, pack } = findRule(id, rulesOf(roots));
        return {
          contents: [
            { uri: uri.href, mimeType: "application/json", text: JSON.stringify(explainRule(rule, pack)) },
          ],
        };
      } catch (error) {
        log(`disclint mcp: ${uri.href}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    },
  );
}
