// `npm run build` runs this first (prebuild): a broken walkthrough file stops the
// build with its errors at their lines. The app itself never breaks on one: the
// Walkthroughs page lists it apart.
import { loadWalkthroughs } from '../lib/walkthroughs/load';

async function main() {
  const { walkthroughs, broken } = await loadWalkthroughs();
  for (const b of broken) for (const e of b.errors) console.error(`walkthroughs/${e}`);
  if (broken.length > 0) {
    console.error(`${broken.length} walkthrough file(s) with errors.`);
    process.exit(1);
  }
  console.log(`${walkthroughs.length} walkthroughs checked.`);
}

void main();
