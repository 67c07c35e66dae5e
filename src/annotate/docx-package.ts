/**
 * The .docx container: a zip of XML parts. jszip reads and writes it (mammoth reads Word files
 * with the same library); parts we do not change are copied as they were. The container is
 * checked for zip bombs by the readers' own inspector before jszip inflates anything.
 */
import JSZip from "jszip";
import { InputError } from "../document/input-error.js";
import { checkInputSize, inspectZip } from "../document/reader-limits.js";
import { elementChildren, parseXml, serializeXml, type XmlDocument, XmlPartError } from "./xml-dom.js";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class DocxPackage {
  private constructor(
    private readonly zip: JSZip,
    readonly path: string,
  ) {}

  static async open(path: string, bytes: Uint8Array, maxInputBytes?: number): Promise<DocxPackage> {
    checkInputSize(path, bytes.length, maxInputBytes);
    const verdict = inspectZip(bytes);
    if (verdict.kind === "bomb")
      throw new InputError("zip-bomb", path, `${path}: refused as a possible zip bomb (${verdict.reason})`);
    if (verdict.kind === "corrupt")
      throw new InputError("corrupt-docx", path, `${path}: damaged .docx (${verdict.reason})`);
    try {
      return new DocxPackage(await JSZip.loadAsync(bytes, { checkCRC32: true }), path);
    } catch (error) {
      throw damaged(path, error);
    }
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  async readXml(name: string): Promise<XmlDocument | undefined> {
    const file = this.zip.file(name);
    if (file === null) return undefined;
    try {
      return parseXml(new TextDecoder("utf-8").decode(await file.async("uint8array")), name);
    } catch (error) {
      throw damaged(this.path, error);
    }
  }

  writeXml(name: string, document: XmlDocument): void {
    this.zip.file(name, serializeXml(document));
  }

  /** The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`). */
  async relationships(
    partName: string,
  ): Promise<{ name: string; document?: XmlDocument; list: Relationship[] }> {
    const name = relationshipsPartOf(partName);
    const document = await this.readXml(name);
    if (document?.documentElement == null) return { name, list: [] };
    const list = elementChildren(document.documentElement)
      .filter((element) => element.localName === "Relationship")
      .map((element) => ({
        id: element.getAttribute("Id"),
        type: element.getAttribute("Type"),
        target: element.getAttribute("Target"),
        external: element.getAttribute("TargetMode") === "External",
      }));
    return { name, document, list };
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that owns it, as mammoth does. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folder = ownerPart.includes("/") ? ownerPart.slice(0, ownerPart.lastIndexOf("/")) : "";
  const segments = folder === "" ? [] : folder.split("/");
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function damaged(path: string, error: unknown): InputError {
  const reason =
    error instanceof XmlPartError || error instanceof Error ? error.message.split("\n")[0] : "unreadable";
  return new InputError("corrupt-docx", path, `${path}: damaged .docx (${reason})`);
}
