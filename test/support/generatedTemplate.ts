export { generatedTemplate } from "../../src/template/generate";
