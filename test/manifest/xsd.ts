import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

/**
 * Microsoft's manifest schemas, kept beside the repository (../shared/office-manifest-xsd, see its
 * README): `office-addin-manifest validate` needs the network, these do not.
 */
export const XSD_DIR = path.resolve(__dirname, "..", "..", "..", "shared", "office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

export function xsdAvailable(): boolean {
  return fs.existsSync(path.join(XSD_DIR, MAIN_XSD));
}

/** Schema errors of a manifest ("line: message"), empty when it validates. */
export async function xsdErrors(xml: string, fileName = "manifest.xml"): Promise<string[]> {
  const files = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_XSD)],
    preload: files.filter((f) => f !== MAIN_XSD).map(read),
  });
  return result.errors.map((e) => `${e.loc?.lineNumber ?? "?"}: ${e.message}`);
}
