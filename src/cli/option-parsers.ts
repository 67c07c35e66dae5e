/**
 * Parsers for the check command's option values: each turns a typed value into what the run
 * needs, or throws commander's InvalidArgumentError with a message that says what is expected.
 */
import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";
import { REGIMES, type Regime } from "../domain/issuer.js";
import { SEVERITIES, type Severity } from "../domain/severity.js";
import { parseShard, type Shard } from "./shard.js";
import { parseTimeoutSeconds } from "./timeout.js";

export function parseSeverity(value: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new InvalidArgumentError(`must be one of ${SEVERITIES.join(", ")}`);
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("must be a whole number, 0 or more");
  return Number(value);
}

export function parseRegimes(value: string, previous: Regime[] = []): Regime[] {
  const regimes = value.split(",").map((item) => item.trim().toUpperCase());
  for (const regime of regimes) {
    if (!(REGIMES as readonly string[]).includes(regime)) {
      throw new InvalidArgumentError(
        `unknown regime "${regime}" (choose among ${REGIMES.join(", ")}, or "none")`,
      );
    }
  }
  return [...previous, ...(regimes as Regime[])];
}

export function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || megabytes <= 0)
    throw new InvalidArgumentError("must be a positive number of megabytes");
  return Math.round(megabytes * 1024 * 1024);
}

export function parseJobs(value: string): number {
  if (value === "auto") return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('must be a whole number, 1 or more, or "auto"');
  return Number(value);
}

export function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === "string") throw new InvalidArgumentError(shard);
  return shard;
}

export function parseTimeout(value: string): number {
  const seconds = parseTimeoutSeconds(value);
  if (typeof seconds === "string") throw new InvalidArgumentError(seconds);
  return seconds;
}

export function parseStockCode(value: string): string {
  if (!/^\d{1,5}$/.test(value)) throw new InvalidArgumentError("must be 1 to 5 digits");
  return value;
}
