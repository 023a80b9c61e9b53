import { buildKnowledgeBundle } from '../../../scripts/build-knowledge-bundle.js';
import { buildWidget } from '../../../scripts/build-widget.js';

/** The Worker imports the generated knowledge module and serves dist/: build both before workerd starts. */
export default async function setup(): Promise<void> {
  buildKnowledgeBundle();
  await buildWidget();
}
