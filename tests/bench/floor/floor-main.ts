/**
 * The floor page's whole program: the least any ink player must do to show
 * the first passage. It loads inkjs's runtime and the same compiled story as
 * the game, continues to the first choice and puts the text in the DOM. The
 * game's time to first passage is judged as a multiple of this page's.
 */
import { Story } from 'inkjs';
import storyJson from '../../../story/main.ink';

const story = new Story(storyJson);
const passage = document.createElement('section');
passage.className = 'passage';
while (story.canContinue) {
  const para = document.createElement('p');
  para.className = 'para';
  para.textContent = story.Continue() ?? '';
  passage.append(para);
}
document.getElementById('app')?.append(passage);
