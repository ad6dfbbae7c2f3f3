/**
 * Where scenario files come from. The scenario folder may not touch the file system (only src/cli
 * may), so the loader is handed one of these: `fileScenarioSource` in src/cli/scenario-files.ts
 * reads disk, and tests pass an in-memory map.
 */
export interface ScenarioSource {
  /**
   * Reads a scenario by reference: a bare name ("baseline") means scenarios/<name>.yaml; anything
   * with a slash or ending in .yaml is a path (relative to the directory of `from` when given,
   * else to the working directory). Returns the display path, which also identifies the file for
   * `extends` cycle detection, and the text; throws ScenarioError when the file cannot be read.
   */
  read(reference: string, from?: string): { readonly file: string; readonly text: string };
}
