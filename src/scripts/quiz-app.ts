import { AppElement, oneOf } from './app-element.ts';
import { canPrint } from './print-support.ts';
import { drawResultCard } from '../components/quiz/result-card.ts';
import { quizText as t } from '../i18n/zh-CN/quiz.ts';
import { drawQuestions, emptyProgress, isQuizProgress, QUIZ_MODES, readQuizLink, recordAnswer, score, seededRandom, shuffle } from '../lib/quiz.ts';
import type { Answer, BankQuestion, QuizMode, QuizProgress } from '../lib/quiz.ts';
import { readJson, storageKeys, writeJson } from '../lib/storage.ts';

const CHALLENGE_SIZE = 10;
const LETTERS = 'ABCD';

/** An option as the player reads it: "A. …", or the bare word for true/false questions. */
const optionText = (question: BankQuestion, index: number) => (question.tf ? (question.o[index] ?? '') : `${LETTERS[index]}. ${question.o[index]}`);

/**
 * The quiz (the markup, and a <template> for every screen, in src/components/quiz/QuizApp.astro): loads the
 * question bank as JSON and runs practice, challenge, mistakes and signs; keeps the mistakes book, the
 * practised questions and the certificate name on the device; offers a printable certificate and a result card
 * after a challenge. `?mode=challenge&topic=gas&seed=…` starts a repeatable set straight away (teachers, tests);
 * only known modes and offered topics count, anything else leaves the chooser as it is.
 */
class Quiz extends AppElement {
  #stage = this.required('.app-quiz__stage');
  #setup = this.required<HTMLFormElement>('.app-quiz__setup');
  #topicSelect = this.required<HTMLSelectElement>('select[name="topic"]', this.#setup);
  #announcer = this.required('[data-announce]');
  #certificate = this.required('.app-quiz__certificate');
  #nameInput = this.required<HTMLInputElement>('input', this.#certificate);
  #card = this.required('.app-quiz__card', this.#certificate);
  #certificateBody = this.required('.app-certificate__body', this.#certificate);
  #bankPath = this.attribute('data-bank');
  /** Topic id → [short name, topic page]. */
  #topics = new Map(Object.entries(JSON.parse(this.attribute('data-topics')) as Record<string, [string, string]>));
  #banks = new Map<string, Promise<BankQuestion[]>>();
  #progress: QuizProgress = readJson(storageKeys.quiz, emptyProgress(), isQuizProgress);
  #warnedNotSaved = false;
  #mode: QuizMode = 'practice';
  #topic = 'all';
  #questions: BankQuestion[] = [];
  #answers: Answer[] = [];

  protected start() {
    document.documentElement.classList.add('app-quiz-ready');
    this.#showMistakeCount();
    this.#setup.addEventListener('submit', (event) => {
      event.preventDefault();
      const mode = oneOf(this.optional<HTMLInputElement>('input[name="mode"]:checked')?.value, QUIZ_MODES) ?? 'practice';
      void this.#start(mode, this.#topicSelect.value);
    });
    this.#certificate.addEventListener('click', (event) => this.#onCertificateAction(event));
    // WeChat cannot print: the certificate comes as a picture to long-press and save instead.
    const print = this.required('[data-action="print"]', this.#certificate);
    if (!canPrint()) print.textContent = print.dataset.pictureLabel ?? print.textContent;
    this.#nameInput.value = this.#progress.name;
    this.#nameInput.addEventListener('change', () => {
      this.#progress.name = this.#nameInput.value.trim();
      this.#save();
    });
    const link = readQuizLink(
      location.search,
      [...this.#topicSelect.options].map((option) => option.value),
    );
    if (link) void this.#start(link.mode, link.topic ?? this.#topicSelect.value, link.seed);
  }

  #topicName(topic: string) {
    return this.#topics.get(topic)?.[0] ?? topic;
  }

  #bank(topic: string): Promise<BankQuestion[]> {
    let bank = this.#banks.get(topic);
    if (!bank) {
      bank = fetch(`${this.#bankPath}${topic}.json`).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<BankQuestion[]>;
      });
      bank.catch(() => this.#banks.delete(topic));
      this.#banks.set(topic, bank);
    }
    return bank;
  }

  async #start(mode: QuizMode, topic: string, seed = String(Date.now())) {
    this.#mode = mode;
    this.#topic = topic;
    this.#answers = [];
    this.#certificate.hidden = true;
    let pool: BankQuestion[];
    try {
      pool = await this.#bank(mode === 'practice' || mode === 'challenge' ? topic : 'all');
    } catch {
      this.#show(this.#screen('[data-template="load-failed"]'));
      return;
    }
    if (mode === 'mistakes') pool = pool.filter((question) => Object.hasOwn(this.#progress.mistakes, question.id));
    if (mode === 'signs') pool = pool.filter((question) => question.g && (topic === 'all' || question.t === topic));
    if (pool.length === 0) {
      this.#show(this.#screen('[data-template="empty"]'));
      return;
    }
    this.#questions = mode === 'challenge' ? drawQuestions(pool, CHALLENGE_SIZE, seed) : shuffle(pool, seededRandom(seed));
    this.#ask(0);
  }

  /** A copy of a template whose buttons marked data-step go back to the chooser, play again or retry the mistakes. */
  #screen(selector: string, retry: BankQuestion[] = []): HTMLElement {
    const screen = this.fromTemplate(selector);
    screen.querySelectorAll<HTMLElement>('[data-step]').forEach((button) => {
      const step = button.dataset.step;
      button.addEventListener('click', () =>
        step === 'retry' ? this.#retry(retry) : step === 'again' ? void this.#start(this.#mode, this.#topic) : this.#backToSetup(),
      );
    });
    return screen;
  }

  /** Replaces the stage's content, shows it and moves focus to its first heading or legend. */
  #show(screen: HTMLElement) {
    this.#setup.hidden = true;
    this.#stage.hidden = false;
    this.#stage.replaceChildren(screen);
    const target = this.#stage.querySelector<HTMLElement>('h2, legend') ?? this.#stage;
    if (target !== this.#stage) target.tabIndex = -1;
    target.focus();
  }

  #backToSetup() {
    this.#stage.hidden = true;
    this.#certificate.hidden = true;
    this.#setup.hidden = false;
    this.#showMistakeCount();
    this.#setup.querySelector('input')?.focus();
  }

  #ask(index: number) {
    const question = this.#questions[index];
    if (!question) return this.#finish();
    const total = this.#questions.length;
    const isLast = index === total - 1;
    const screen = this.#screen('[data-template="question"]');
    const form = this.required<HTMLFormElement>('form', screen);
    const fieldset = this.required('fieldset', form);
    const hint = this.required('.app-quiz__hint', form);
    form.dataset.question = question.id;
    this.required('.app-quiz__progress', screen).textContent = t.progress(index + 1, total, this.#topics.get(question.t)?.[0] ?? '');
    this.required('legend', fieldset).textContent = question.q;
    const sign = this.required<HTMLImageElement>('.app-quiz__sign', fieldset);
    if (question.g) Object.assign(sign, { src: `${this.attribute('data-signs')}${question.g}.svg`, alt: question.ga ?? t.signAlt });
    else sign.remove();
    question.o.forEach((_, optionIndex) => {
      const option = this.fromTemplate('[data-template="option"]');
      this.required<HTMLInputElement>('input', option).value = String(optionIndex);
      this.required('span', option).textContent = optionText(question, optionIndex);
      fieldset.append(option);
    });
    this.required('button', form).textContent = this.#mode === 'challenge' ? (isLast ? t.finish : t.next) : t.submit;
    const stop = this.required('.app-quiz__stop', screen);
    if (this.#mode === 'challenge' || index === 0) stop.remove();
    else stop.addEventListener('click', () => this.#finish());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input:checked');
      if (!chosen) {
        hint.textContent = t.chooseFirst;
        this.#announce(t.chooseFirst);
        return;
      }
      this.#answer(index, question, Number(chosen.value), form);
    });
    this.#show(screen);
  }

  #answer(index: number, question: BankQuestion, chosen: number, form: HTMLFormElement) {
    const answer = { question, chosen };
    this.#answers.push(answer);
    const right = chosen === question.a;
    this.#progress.mistakes = recordAnswer(this.#progress.mistakes, question.id, right);
    if (right && this.#mode === 'practice') {
      const learned = new Set(this.#progress.learned[question.t] ?? []).add(question.id);
      this.#progress.learned[question.t] = [...learned];
    }
    this.#save();
    const isLast = index === this.#questions.length - 1;
    if (this.#mode === 'challenge') {
      if (isLast) this.#finish();
      else this.#ask(index + 1);
      return;
    }
    // Practice, mistakes and signs: explain at once, then move on when the player is ready.
    form.querySelectorAll<HTMLInputElement>('input').forEach((input) => {
      input.disabled = true;
      const optionIndex = Number(input.value);
      const mark = optionIndex === question.a ? 'right' : optionIndex === chosen ? 'chosen' : '';
      if (mark) input.parentElement?.append(this.fromTemplate(`[data-template="mark-${mark}"]`));
    });
    this.required('button', form).remove();
    const verdict = right ? t.right : t.wrong;
    const feedback = this.fromTemplate('[data-template="feedback"]');
    feedback.classList.add(right ? 'app-quiz__feedback--right' : 'app-quiz__feedback--wrong');
    this.required('.app-quiz__verdict', feedback).textContent = verdict;
    this.required('.app-quiz__verdict', feedback).after(this.#explanation(answer));
    const next = this.required('button', feedback);
    next.textContent = isLast ? t.finish : t.next;
    next.addEventListener('click', () => (isLast ? this.#finish() : this.#ask(index + 1)));
    form.after(feedback);
    this.#announce(t.answerSaid(verdict, right ? '' : t.rightAnswer(optionText(question, question.a))));
    feedback.focus();
  }

  /** The right answer (when it was missed), the explanation, the source and a link to the section that teaches it. */
  #explanation({ question, chosen }: Answer): HTMLElement {
    const [topicName, topicUrl] = this.#topics.get(question.t) ?? ['', '#'];
    const explanation = this.fromTemplate('[data-template="explanation"]');
    const rightAnswer = this.required('[data-right-answer]', explanation);
    if (chosen === question.a) rightAnswer.remove();
    else rightAnswer.textContent = t.rightAnswer(optionText(question, question.a));
    this.required('[data-explain]', explanation).textContent = t.explain(question.e);
    this.required('[data-source]', explanation).textContent = t.source(question.src);
    this.required<HTMLAnchorElement>('a', explanation).href = `${topicUrl}#${question.s}`;
    this.required('[data-topic]', explanation).textContent = topicName;
    return explanation;
  }

  #finish() {
    const result = score(this.#answers);
    const isChallenge = this.#mode === 'challenge';
    const screen = this.#screen(
      '[data-template="result"]',
      result.mistakes.map((answer) => answer.question),
    );
    this.required('h2', screen).textContent = isChallenge ? t.challengeHeading : t.doneHeading;
    this.required('.app-quiz__score', screen).textContent = t.score(result.correct, result.total);
    this.required('tbody', screen).append(
      ...result.byTopic.map((row) => {
        const line = this.fromTemplate('[data-template="row"]');
        const cells = [this.#topicName(row.topic), row.correct, row.total];
        [...line.children].forEach((cell, column) => (cell.textContent = String(cells[column])));
        return line;
      }),
    );
    const review = this.required('.app-quiz__review', screen);
    review.append(
      ...result.mistakes.map((answer) => {
        const item = this.fromTemplate('[data-template="review"]');
        this.required('.app-quiz__review-question', item).textContent = answer.question.q;
        this.required('[data-your-answer]', item).textContent = t.yourAnswer(optionText(answer.question, answer.chosen));
        item.append(this.#explanation(answer));
        return item;
      }),
    );
    if (result.mistakes.length > 0) this.required('[data-no-mistakes]', screen).remove();
    else {
      review.remove();
      this.required('[data-step="retry"]', screen).remove();
    }
    this.#show(screen);
    this.#announce(t.score(result.correct, result.total));
    if (isChallenge) this.#offerCertificate(result.correct, result.total);
  }

  #retry(questions: BankQuestion[]) {
    this.#mode = 'practice';
    this.#answers = [];
    this.#certificate.hidden = true;
    this.#questions = questions;
    this.#ask(0);
  }

  #offerCertificate(correct: number, total: number) {
    this.#certificate.hidden = false;
    this.#certificate.dataset.correct = String(correct);
    this.#certificate.dataset.total = String(total);
    this.#card.hidden = true;
    this.#fillCertificate();
  }

  #fillCertificate() {
    const { correct = '0', total = '0' } = this.#certificate.dataset;
    this.#certificateBody.textContent = t.certificateBody(this.#progress.name, Number(correct), Number(total));
    this.required('.app-certificate__date', this.#certificate).textContent = new Date().toLocaleDateString('zh-CN', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
  }

  #onCertificateAction(event: Event) {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    this.#progress.name = this.#nameInput.value.trim();
    this.#save();
    this.#fillCertificate();
    const correct = Number(this.#certificate.dataset.correct);
    const total = Number(this.#certificate.dataset.total);
    if (action === 'print' && canPrint()) {
      document.documentElement.classList.add('app-print-certificate');
      window.addEventListener('afterprint', () => document.documentElement.classList.remove('app-print-certificate'), { once: true });
      window.print();
      return;
    }
    const qr = this.#certificate.querySelector<SVGElement>('[data-qr]')?.dataset.qr?.split(',') ?? [];
    const certificate = action === 'print' ? { title: t.certificateTitle, body: this.#certificateBody.textContent ?? '' } : {};
    const url = drawResultCard({
      name: this.#progress.name,
      theme: this.dataset.theme ?? '',
      themeLabel: this.dataset.themeLabel ?? '',
      correct,
      total,
      byTopic: score(this.#answers).byTopic.map((row) => [this.#topicName(row.topic), row.correct, row.total]),
      qr,
      ...certificate,
    });
    this.#card.hidden = false;
    Object.assign(this.required<HTMLImageElement>('img', this.#card), { src: url, alt: t.cardAlt(correct, total) });
    const save = this.required<HTMLAnchorElement>('a', this.#card);
    save.href = url;
    save.focus();
  }

  #save() {
    if (!writeJson(storageKeys.quiz, this.#progress) && !this.#warnedNotSaved) {
      this.#warnedNotSaved = true;
      const notice = this.required('.app-quiz__notice');
      notice.textContent = t.notSaved;
      notice.hidden = false;
    }
  }

  #showMistakeCount() {
    const count = Object.keys(this.#progress.mistakes).length;
    this.required('.app-quiz__mistakes-count', this.#setup).textContent = count > 0 ? t.mistakesCount(count) : '';
  }

  #announce(message: string) {
    this.#announcer.textContent = '';
    requestAnimationFrame(() => (this.#announcer.textContent = message));
  }
}
customElements.define('app-quiz', Quiz);
