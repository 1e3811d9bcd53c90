/**
 * Asks before something that throws away what a family made (清空): a question with two buttons, shown in
 * the page right after the button that asked, instead of `confirm()`, which some in-app browsers suppress
 * and which reads badly with large text. Focus moves to the safe answer; Esc answers "no".
 */
export interface AskWords {
  question: string;
  yes: string;
  no: string;
}

/** Shows the question after `anchor`; resolves true for "yes". A second call while one is open reuses it. */
export function askFirst(anchor: HTMLElement, words: AskWords): Promise<boolean> {
  // After the row of buttons the anchor sits in (a <p> cannot hold the box), or after the anchor itself.
  const host = anchor.closest('p') ?? anchor;
  if (host.nextElementSibling?.classList.contains('app-ask')) host.nextElementSibling.remove();
  const box = document.createElement('div');
  box.className = 'app-ask';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'false');
  const question = document.createElement('p');
  question.className = 'app-ask__question';
  question.id = `ask-${Math.random().toString(36).slice(2, 9)}`;
  question.textContent = words.question;
  box.setAttribute('aria-labelledby', question.id);
  const yes = document.createElement('button');
  yes.type = 'button';
  yes.className = 'app-button app-ask__yes';
  yes.textContent = words.yes;
  const no = document.createElement('button');
  no.type = 'button';
  no.className = 'app-button app-button--secondary';
  no.textContent = words.no;
  const buttons = document.createElement('p');
  buttons.className = 'app-ask__buttons';
  buttons.append(yes, no);
  box.append(question, buttons);
  host.insertAdjacentElement('afterend', box);
  no.focus();
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      box.remove();
      anchor.focus();
      resolve(answer);
    };
    yes.addEventListener('click', () => finish(true));
    no.addEventListener('click', () => finish(false));
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish(false);
    });
  });
}
