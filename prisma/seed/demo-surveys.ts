/**
 * The demo's survey results: ~12 weeks of CSAT/CES answers, so /surveys tells a story on first
 * start (issue 4, item 5).
 *
 * Every demo inquiry resolved in the last 12 weeks got its survey request when it was first
 * resolved (a reopened and re-resolved inquiry has one, like the app does it), addressed to the
 * inquiry's own customer, snapshotting assignee, channel and customer type, in the org-time-zone
 * week of that moment. Most ask CSAT; about a third asked CSAT and CES together (and a few CES
 * only), so CES has data. About half are answered, a while after the invitation — the newest
 * ones are still waiting, old unanswered ones have expired. Scores follow what a real desk sees:
 * - Jisoo (agent) scores well; Alex (agent2) is about as liked but consistently harder work on CES
 *   ("send me one more screenshot");
 * - phone, chat and in-person score better than email, web form and social;
 * - churned customers, complaints and refunds, answers past the SLA, inquiries that came back
 *   (reopened), the 2.4.0 login incident and the kitchen-printer problem before its fix score low;
 * - colleagues (INTERNAL) answer more often, with comments about their own work (call center,
 *   field installs, sales).
 * Comments are in the customer's language and fit the score. Plus two staff pulses.
 *
 * No invitation mails: the historic ones were sent long ago, and a link needs the app secret,
 * which this plain script does not have (the inquiry page shows a request's link).
 *
 * Idempotent: fixed ids (demoId), skipped when the demo pulse exists; requests whose inquiry
 * already has one (resolved in the app meanwhile) are left alone. One transaction, then the
 * SurveyWeek rollup is rebuilt from the rows. Deterministic: its own PRNG seed, inquiries read in
 * a fixed order, the same number of draws per inquiry whatever is drawn.
 */
import type { Channel, CustomerType, Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { rebuildSurveyRollups } from "../../lib/surveys/rollups";
import { isLowScore, SURVEY_TTL_MS, type SurveyForm } from "../../lib/surveys/rules";
import { surveyExpiry } from "../../lib/surveys/token";
import { weekStart } from "../../lib/time/week";
import type { DemoLang, DemoTagName, DemoTeam } from "./demo-customers";
import type { DemoCustomerRef, DemoStaff, DemoStaffKey } from "./demo-inquiries";
import { createRandom, type Random } from "./random";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const DEMO_SURVEY_SEED = 20261130;
export const DEMO_SURVEY_DAYS = 84;
/** The tag that keeps an inquiry out of surveys (DESIGN.md: not for spam). */
export const DEMO_SPAM_TAG = "spam";

type Lang = DemoLang;
type Texts = Record<Lang, readonly string[]>;

// ── scores ───────────────────────────────────────────────────────────────────────────────────

/** Effects on the latent CSAT (1–5 scale) and CES (1–7 scale). */
const agentEffect: Partial<Record<DemoStaffKey, { csat: number; ces: number }>> = {
  agent: { csat: 0.3, ces: 0.4 },
  // Thorough, liked, but every case takes one more round of "please send…".
  agent2: { csat: -0.05, ces: -1.35 },
  admin: { csat: 0.2, ces: 0.2 },
};
const channelEffect: Record<Channel, { csat: number; ces: number }> = {
  PHONE: { csat: 0.35, ces: 0.7 },
  IN_PERSON: { csat: 0.45, ces: 0.8 },
  CHAT: { csat: 0.15, ces: 0.4 },
  INTERNAL: { csat: 0.15, ces: 0.2 },
  WEB_FORM: { csat: -0.25, ces: -0.5 },
  SOCIAL: { csat: -0.3, ces: -0.4 },
  EMAIL: { csat: -0.5, ces: -0.9 },
};
const typeEffect: Record<CustomerType, number> = { INTERNAL: 0.05, PROSPECT: 0.3, BUYER: -0.15, USER: 0, CHURNED: -1.2 };
const tagEffect: Record<string, number> = {
  complaint: -0.9, refund: -0.5, bug: -0.3, billing: -0.15, delivery: -0.2, account: 0, "how-to": 0.3, "feature request": -0.1,
};

/** How likely a request is answered at all. */
const answerRate: Record<CustomerType, number> = { INTERNAL: 0.7, PROSPECT: 0.38, BUYER: 0.5, USER: 0.5, CHURNED: 0.25 };
const channelAnswer: Record<Channel, number> = { EMAIL: 0.06, WEB_FORM: 0.03, CHAT: 0, INTERNAL: 0, PHONE: -0.06, SOCIAL: -0.08, IN_PERSON: -0.05 };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** A standard normal draw (Box–Muller): always two uniforms, so the draw count is fixed. */
function gauss(r: Random): number {
  const u = 1 - r.next();
  const v = r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// ── comments ─────────────────────────────────────────────────────────────────────────────────
// "{agent}" is the agent's name as customers know it (their reply signature).

const lowByTag: Record<DemoTagName, Texts> = {
  billing: {
    ko: [
      "세금계산서 재발행을 세 번이나 요청했는데, 처리됐다는 답만 오고 실제로는 받지 못했습니다.",
      "요금제를 바꿨는데 이번 달에도 이전 요금으로 청구됐어요. 해결됐다고 닫으셨는데 해결된 게 아닙니다.",
      "결제가 두 번 빠져나갔는데 확인까지 며칠이 걸렸습니다. 처음 문의했을 때 제대로 봐 주셨으면 좋았을 텐데요.",
    ],
    en: [
      "Asked for a corrected invoice three times. Got 'done' each time, never got the invoice.",
      "We changed plans and were billed the old price again. Marked resolved, but it isn't.",
      "Double charge took days to even be acknowledged.",
    ],
  },
  delivery: {
    ko: [
      "태블릿이 오픈 날짜를 넘겨서 도착했어요. 배송 일정 안내도 계속 바뀌었고요.",
      "배송 조회가 며칠째 그대로인데 기다려 달라는 말만 반복하셨어요.",
      "받은 단말기 한 대가 파손돼 있었는데 교환받기까지 너무 오래 걸렸습니다.",
    ],
    en: [
      "Tablets arrived after our opening day. The delivery date changed every time I asked.",
      "Tracking hadn't moved in four days and all I heard was 'please wait'.",
      "One terminal arrived broken and the exchange took over a week.",
    ],
  },
  bug: {
    ko: [
      "같은 오류가 또 났어요. 재부팅 말고 제대로 고쳐 주세요.",
      "재부팅하라는 안내만 받았고 원인은 끝내 듣지 못했습니다.",
      "점심 장사 한창일 때 멈췄는데 답변은 오후 늦게야 왔어요.",
    ],
    en: [
      "Same error again today. 'Restart the tablet' is not a fix.",
      "Nobody could tell me why it happened, only to restart it.",
      "It froze in the middle of lunch service and the first answer came hours later.",
    ],
  },
  "how-to": {
    ko: ["설명서 링크만 보내 주셔서 결국 혼자 해결했습니다.", "답변이 너무 짧아서 뭘 하라는 건지 이해가 안 됐어요."],
    en: ["Got a link to the help center and nothing else. Figured it out myself.", "The answer was too short to follow. Screenshots would have helped."],
  },
  "feature request": {
    ko: ["꼭 필요한 기능인데 '검토하겠다'는 말뿐이라 답답하네요.", "언제 될지 모른다는 건 답변이 아니죠."],
    en: ["'We'll pass it on' is all I ever hear about this feature.", "No timeline, no workaround. Not helpful."],
  },
  complaint: {
    ko: [
      "사과는 받았지만 달라진 건 없네요.",
      "불만을 접수했는데 전화 한 통 없이 메일로 종결 처리됐습니다.",
      "응대가 너무 사무적이었어요. 매장 사정은 전혀 듣지 않으셨습니다.",
    ],
    en: ["An apology, and nothing changed.", "I filed a complaint and it was closed by email without a single call.", "Felt like talking to a script."],
  },
  account: {
    ko: ["직원 계정 하나 추가하는 데 이틀이 걸렸습니다.", "비밀번호 재설정 메일이 끝내 안 와서 결국 전화로 해결했어요."],
    en: ["Two days to add one staff account.", "The reset email never arrived; had to call in the end."],
  },
  refund: {
    ko: ["환불 처리 기간 안내가 물어볼 때마다 달랐습니다.", "환불이 아직도 안 들어왔는데 해결이라니요?"],
    en: ["Every person told me a different refund timeline.", "Refund still hasn't arrived, so how is this resolved?"],
  },
};

const lowGeneric: Texts = {
  ko: [
    "처음 문의부터 해결까지 너무 오래 걸렸어요.",
    "같은 내용을 몇 번이나 다시 설명해야 했습니다.",
    "답변이 늦어서 그동안 장사에 지장이 있었습니다.",
    "답변이 복사해서 붙인 것 같았어요. 제 상황은 읽어 보신 건가요?",
    "다시 전화 주신다고 했는데 끝내 연락이 없었어요.",
  ],
  en: [
    "Took far too long from first message to fix.",
    "Had to explain the same thing several times.",
    "Slow answers while our business was stuck.",
    "Felt like a copy-paste answer. Did anyone read my message?",
    "Was promised a call back that never came.",
  ],
};
/** Sometimes a second sentence. */
const lowTail: Texts = {
  ko: ["다음엔 좀 더 빨리 부탁드립니다.", "개선해 주셨으면 합니다.", "솔직히 다른 서비스도 알아보고 있어요.", "이번이 처음도 아니에요."],
  en: ["Please do better next time.", "Honestly looking at other options.", "Not the first time, either."],
};
const highTail: Texts = {
  ko: ["다음에도 잘 부탁드려요.", "덕분에 한숨 돌렸어요.", "최고예요."],
  en: ["Cheers!", "Keep it up.", "Five stars."],
};
const lowReopened: Texts = {
  ko: [
    "해결됐다고 해서 닫았는데 이틀 만에 똑같은 문제가 다시 생겼어요.",
    "두 번째 문의에서야 제대로 해결됐습니다. 처음부터 확인해 주셨으면 좋겠어요.",
    "'해결' 메일을 받고 한 시간 뒤에 또 같은 증상이었습니다.",
  ],
  en: ["It was 'resolved' and broke again two days later.", "Only fixed properly the second time round.", "Got the resolved email and an hour later it happened again."],
};
const lowLate: Texts = {
  ko: ["급하다고 말씀드렸는데 하루가 넘게 걸렸어요.", "답변이 너무 늦었습니다. 그사이 손님들한테 계속 사과했어요."],
  en: ["I said it was urgent and it still took over a day.", "Too slow. We spent the evening apologising to guests."],
};
const lowChannel: Partial<Record<Channel, Texts>> = {
  EMAIL: {
    ko: ["메일로 주고받느라 해결까지 며칠이 걸렸어요. 전화 한 통이면 됐을 텐데요.", "메일 답장이 올 때마다 하루씩 지나갔습니다."],
    en: ["Days of email ping-pong for something a two-minute call would have fixed.", "Every email reply took a day."],
  },
  PHONE: {
    ko: ["전화 연결까지 20분 넘게 기다렸습니다."],
    en: ["Waited over 20 minutes on hold."],
  },
  SOCIAL: {
    ko: ["DM으로 문의했더니 다른 창구로 다시 문의하라고 해서 처음부터 설명했어요."],
    en: ["Messaged you on Instagram and was told to write in somewhere else and start over."],
  },
  WEB_FORM: {
    ko: ["문의 양식을 보내고 자동 응답만 온 채로 한참 연락이 없었어요."],
    en: ["Sent the web form, got an auto-reply, then silence for ages."],
  },
};
/** What a hard CES sounds like. */
const hardEffort: Texts = {
  ko: [
    "스크린샷, 매장 코드, 주문 번호까지 하나씩 계속 추가로 요청하셔서 지쳤습니다. 한 번에 물어봐 주세요.",
    "담당자가 바뀔 때마다 처음부터 다시 설명해야 했어요.",
    "해결은 됐지만 과정이 너무 번거로웠어요. 태블릿 로그를 제가 직접 뽑아서 보내야 했습니다.",
    "결제팀, 기술팀 사이에서 몇 번을 돌았는지 모르겠어요.",
  ],
  en: [
    "Every reply asked for one more thing — screenshots, store code, order number. Ask for everything at once, please.",
    "I had to start over each time someone new picked it up.",
    "Fixed in the end, but I had to pull the tablet logs myself and send them over.",
    "Got bounced between billing and support before anyone owned it.",
  ],
};
const mid: Texts = {
  ko: [
    "해결은 됐는데 시간이 좀 걸렸네요.", "답변은 정확했는데 조금 더 빨랐으면 좋겠어요.", "무난했습니다.", "한 번에 해결되진 않았지만 결국 됐어요.",
    "두어 번 주고받아야 했지만 해결됐습니다.", "답은 받았는데 조금 더 자세했으면 해요.",
  ],
  en: [
    "Fixed in the end, after a few back-and-forths.", "Fine. A quicker first reply would have been nice.", "Answer was right, just slow.", "OK.",
    "Took a couple of emails but got there.", "Would have liked a bit more detail.",
  ],
};
const highByTag: Record<DemoTagName, Texts> = {
  billing: {
    ko: ["세금계산서를 당일에 바로 재발행해 주셔서 감사합니다.", "요금 내역을 하나하나 설명해 주셔서 이해가 잘 됐어요."],
    en: ["Invoice corrected the same day, thanks.", "Clear breakdown of the charges. Appreciated."],
  },
  delivery: {
    ko: ["오픈 전날 배송이 꼬였는데 퀵으로 보내 주셔서 살았어요.", "배송 일정을 미리미리 알려 주셔서 준비하기 편했어요."],
    en: ["Expedited the tablets in time for our opening. Lifesaver.", "Kept me posted on the delivery every step of the way."],
  },
  bug: {
    ko: ["원인까지 설명해 주셔서 안심이 됐어요.", "수정 버전이 나오자마자 연락 주셔서 감사해요."],
    en: ["Explained what went wrong, not just how to fix it.", "Thanks for telling me the moment the fix was out."],
  },
  "how-to": {
    ko: ["스크린샷까지 붙여서 설명해 주셔서 한 번에 따라 했어요.", "알려 주신 내용은 직원 교육용으로 그대로 쓰려고요."],
    en: ["Step by step with screenshots — perfect.", "Going to use your answer to train our staff."],
  },
  "feature request": {
    ko: ["아직 없는 기능이지만 대안을 알려 주셔서 도움이 됐어요."],
    en: ["Not possible yet, but the workaround does the job."],
  },
  complaint: {
    ko: ["불편했던 점을 끝까지 들어 주셔서 감사했습니다."],
    en: ["Thanks for actually listening and following up."],
  },
  account: {
    ko: ["직원 계정 추가를 바로 처리해 주셨어요.", "비밀번호 문제가 금방 해결됐습니다."],
    en: ["Staff accounts set up in minutes."],
  },
  refund: {
    ko: ["안내해 주신 날짜에 정확히 환불이 들어왔어요."],
    en: ["Refund arrived exactly when you said it would."],
  },
};
const high: Texts = {
  ko: [
    "빠르게 해결해 주셔서 감사합니다!",
    "{agent}님이 하나하나 친절하게 알려 주셨어요.",
    "점심 장사 전에 해결돼서 정말 다행이었어요.",
    "설명이 쉽고 자세해서 직원들한테도 그대로 공유했어요.",
    "늘 빠른 답변 감사합니다.",
    "기대보다 훨씬 빨랐어요. 감사합니다.",
    "{agent}님 덕분에 오늘 영업 무사히 마쳤습니다.",
  ],
  en: [
    "Quick and friendly — thanks {agent}!",
    "Sorted before the dinner rush. Much appreciated.",
    "Clear instructions, worked first time.",
    "Great support as always.",
    "{agent} was really patient with me.",
  ],
};
const highChannel: Partial<Record<Channel, Texts>> = {
  PHONE: {
    ko: ["전화로 바로 원격 지원해 주셔서 5분 만에 끝났습니다.", "통화 한 번에 해결됐어요. 최고입니다."],
    en: ["One phone call and it was done. Remote support is brilliant.", "Fixed while I was still on the phone."],
  },
  CHAT: {
    ko: ["채팅으로 바로 답해 주셔서 손님 응대하면서도 해결할 수 있었어요."],
    en: ["Chat answered in a minute, sorted it between customers."],
  },
  IN_PERSON: {
    ko: ["직접 방문해서 설치까지 봐 주셔서 든든했습니다."],
    en: ["Thanks for coming by the store to set it up."],
  },
};

/** Colleagues (INTERNAL) talk about their own work. */
const internalLow: Record<DemoTeam, Texts> = {
  callcenter: {
    ko: [
      "매장에 뭐라고 안내할지 답을 늦게 받아서, 같은 점주님께 세 번이나 전화가 왔습니다.",
      "콜센터로 문의가 계속 들어오는데 CS팀 회신이 늦어서 상담사들이 곤란했어요.",
    ],
    en: ["The call center had nothing to tell stores for hours."],
  },
  field: {
    ko: [
      "설치 현장에서 문의드렸는데 답이 늦어 설치를 다음 날로 미뤘습니다.",
      "'확인 중'만으로는 현장에서 점주님께 설명할 게 없어요.",
    ],
    en: ["Install had to be moved to the next day while we waited."],
  },
  sales: {
    ko: ["고객사 미팅 전에 필요한 답이었는데 미팅이 끝나고서야 받았어요."],
    en: ["Needed this before the client meeting, got it after."],
  },
  partnerships: {
    ko: ["파트너사에 전달할 답변이 일주일 넘게 걸렸습니다."],
    en: ["Took over a week to get an answer for the partner — they noticed.", "The partner asked twice before we had anything to say."],
  },
};
const internalHigh: Record<DemoTeam, Texts> = {
  callcenter: {
    ko: [
      "바로 확인해 주셔서 통화 중에 점주님께 안내드렸어요. 감사합니다!",
      "정리해 주신 안내 문구를 상담 스크립트에 그대로 넣었습니다.",
    ],
    en: ["Answered while the store was still on the line. Thanks!"],
  },
  field: {
    ko: ["설치 중이었는데 10분 만에 답 주셔서 살았습니다.", "현장에서 바로 적용할 수 있게 설명해 주셔서 좋았어요."],
    en: ["Quick answer while I was on site, thanks."],
  },
  sales: {
    ko: ["미팅 전에 딱 맞춰 답 주셔서 계약 잘 마무리했습니다."],
    en: ["Got it in time for the demo. Thanks!"],
  },
  partnerships: {
    ko: ["파트너사 문의에 빠르게 답해 주셔서 감사해요."],
    en: ["Thanks for turning this around before the partner call.", "Clear answer I could forward as is."],
  },
};

/** Scenarios the demo inquiries are about (subjects from demo-text.ts). */
const topics: { match: RegExp; low: Texts; high?: Texts; effect: number; before?: number; after?: number }[] = [
  {
    // The 2.4.0 release broke tablet logins 21 days ago; 2.4.1 fixed it 18 days ago.
    match: /로그인|log in|login/i,
    after: 23,
    before: 16,
    effect: -1.1,
    low: {
      ko: [
        "업데이트 하나 때문에 점심 장사를 종이 주문서로 했습니다. 재발 방지 대책을 알려 주세요.",
        "로그인 오류 공지가 너무 늦었어요. 매장에서는 무슨 일인지도 몰랐습니다.",
        "업데이트는 자동으로 해 놓고 장애 안내는 왜 저희가 먼저 전화해야 알 수 있나요?",
      ],
      en: [
        "We took orders on paper for two hours. The fix was fine, the communication was not.",
        "Please test updates before you push them to every tablet.",
      ],
    },
    high: {
      ko: ["장애는 있었지만 대응은 빨랐어요. 2.4.1 받으니 바로 됩니다."],
      en: ["Rough morning, but you had a fix out quickly. Thanks."],
    },
  },
  {
    // Kitchen printer timeouts until 2.3.1 shipped 35 days ago.
    match: /주방 프린터|Kitchen printer/i,
    after: 84,
    before: 35,
    effect: -0.8,
    low: {
      ko: [
        "프린터 다시 연결하면 되긴 하는데 며칠 지나면 또 끊겨요. 근본적으로 고쳐 주세요.",
        "주문서가 안 나와서 손님 음식이 20분 늦게 나갔습니다.",
      ],
      en: ["Reconnecting the printer works until it doesn't. Third time this month."],
    },
  },
  {
    // Menu photos as grey boxes until the fix 41 days ago.
    match: /메뉴 사진|메뉴 이미지|Menu photos/i,
    after: 84,
    before: 41,
    effect: -0.5,
    low: {
      ko: ["신메뉴 출시 전날인데 사진이 회색 박스로 나와서 밤새 마음 졸였어요."],
      en: ["Launching a new menu with grey boxes instead of photos is not great."],
    },
  },
];

// ── pulses ───────────────────────────────────────────────────────────────────────────────────

type PulseSpec = {
  key: string;
  question: string;
  audience: "AGENT" | null;
  daysAgo: number;
  answers: Partial<Record<DemoStaffKey, { score: number; comment?: string; hoursLater: number }>>;
};

const pulses: PulseSpec[] = [
  {
    key: "workload",
    question: "지난 한 달 동안 업무량은 감당할 만했나요? (How manageable was your workload last month?)",
    audience: null,
    daysAgo: 58,
    answers: {
      admin: { score: 4, comment: "인원 충원 전까지는 빠듯하지만 괜찮습니다.", hoursLater: 3 },
      agent: { score: 2, comment: "월요일 오전에 주말 문의가 한꺼번에 몰려서 점심도 못 먹어요. 주말 문의를 나눠 받을 방법이 필요합니다.", hoursLater: 5 },
      agent2: { score: 3, comment: "Manageable most weeks, but Monday mornings are brutal.", hoursLater: 26 },
      product: { score: 4, comment: "괜찮았습니다. CS팀 메모 덕분에 이슈 파악이 빨라요.", hoursLater: 50 },
    },
  },
  {
    key: "incident-2.4.0",
    question: "2.4.0 로그인 장애 때 고객에게 안내할 정보를 충분히 받았나요? (Did you get what you needed to answer customers during the 2.4.0 login incident?)",
    audience: "AGENT",
    daysAgo: 15,
    answers: {
      agent: { score: 2, comment: "장애 공지가 고객 문의보다 늦게 와서 점주님들께 드릴 말이 없었어요. 상태 페이지가 있으면 좋겠습니다.", hoursLater: 2 },
      agent2: { score: 3, comment: "The product channel helped, but stores needed a status page, not us on the phone.", hoursLater: 20 },
    },
  },
];

// ── the seed ─────────────────────────────────────────────────────────────────────────────────

type Candidate = {
  id: string;
  customerId: string;
  assigneeId: string | null;
  channel: Channel;
  customerType: CustomerType;
  resolvedAt: Date;
  dueAt: Date;
  createdAt: Date;
  subject: string;
  email: string | null;
  name: string;
  reopened: number;
  tags: string[];
};

export interface DemoSurveyContext {
  now: Date;
  staff: DemoStaff;
  customers: DemoCustomerRef[];
  /** The org time zone weeks are cut in (lib/env.ts ORG_TIME_ZONE). */
  timeZone: string;
}

export interface DemoSurveyResult {
  requests: number;
  responses: number;
}

/** Creates the demo's survey requests, answers and pulses (see the file comment). */
export async function seedDemoSurveys(
  db: PrismaClient,
  ctx: DemoSurveyContext,
  demoId: (kind: string, key: string | number) => string,
): Promise<DemoSurveyResult> {
  await db.tag.upsert({ where: { name: DEMO_SPAM_TAG }, update: {}, create: { name: DEMO_SPAM_TAG, color: "slate", noSurvey: true } });
  const firstPulse = demoId("survey-pulse", pulses[0].key);
  if (await db.surveyPulse.findUnique({ where: { id: firstPulse }, select: { id: true } })) return { requests: 0, responses: 0 };

  const { now, staff, timeZone } = ctx;
  const nowMs = now.getTime();
  const since = new Date(nowMs - DEMO_SURVEY_DAYS * DAY);
  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT i."id"::text AS "id", i."customerId"::text AS "customerId", i."assigneeId"::text AS "assigneeId",
           i."channel"::text AS "channel", i."customerType"::text AS "customerType",
           i."resolvedAt", i."dueAt", i."createdAt", i."subject", c."email", c."name",
           (SELECT count(*)::int FROM "InquiryEvent" e
            WHERE e."inquiryId" = i."id" AND e."kind" = 'STATUS' AND e."data"->>'from' IN ('RESOLVED', 'CLOSED')
              AND e."data"->>'to' <> 'CLOSED') AS "reopened",
           array(SELECT t."name" FROM "InquiryTag" it JOIN "Tag" t ON t."id" = it."tagId"
                 WHERE it."inquiryId" = i."id" ORDER BY t."name") AS "tags"
    FROM "Inquiry" i
    JOIN "Customer" c ON c."id" = i."customerId"
    WHERE i."resolvedAt" >= ${since} AND i."resolvedAt" < ${now}
      AND NOT EXISTS (
        SELECT 1 FROM "InquiryTag" it JOIN "Tag" t ON t."id" = it."tagId" WHERE it."inquiryId" = i."id" AND t."noSurvey"
      )
    ORDER BY i."createdAt", i."id"`;

  const specById = new Map(ctx.customers.map((c) => [c.id, c.spec]));
  const staffKeyById = new Map(Object.entries(staff).map(([key, s]) => [s.id, key as DemoStaffKey]));
  const r = createRandom(DEMO_SURVEY_SEED);
  const requests: Prisma.SurveyRequestCreateManyInput[] = [];
  const responses: Prisma.SurveyResponseCreateManyInput[] = [];

  for (const inq of candidates) {
    // A fixed number of draws per inquiry, so one change in the data shifts nothing else.
    const d = Array.from({ length: 12 }, () => r.next());
    const noise = { csat: gauss(r), ces: gauss(r) };
    const spec = specById.get(inq.customerId);
    const lang: Lang = spec?.lang ?? (/[가-힣]/.test(inq.subject) ? "ko" : "en");
    const agentKey = inq.assigneeId ? staffKeyById.get(inq.assigneeId) : undefined;
    const agentName = agentKey ? staff[agentKey].signature[lang] : lang === "ko" ? "상담사" : "the agent";

    const at = inq.resolvedAt;
    const form: SurveyForm = d[0] < 0.06 ? "CES" : d[0] < 0.38 ? "CSAT_CES" : "CSAT";
    const week = weekStart(at, timeZone);
    const expiresAt = surveyExpiry(at, SURVEY_TTL_MS);
    const requestId = demoId("survey-request", inq.id);
    const request: Prisma.SurveyRequestCreateManyInput = {
      id: requestId,
      form,
      inquiryId: inq.id,
      customerId: inq.customerId,
      recipientEmail: inq.email || null,
      recipientName: inq.name,
      agentId: inq.assigneeId,
      channel: inq.channel,
      customerType: inq.customerType,
      weekStart: week,
      expiresAt,
      createdAt: at,
    };
    requests.push(request);

    // What shaped the experience.
    const ageDays = (nowMs - inq.createdAt.getTime()) / DAY;
    const topic = topics.find((t) => t.match.test(inq.subject) && ageDays <= (t.after ?? Infinity) && ageDays >= (t.before ?? 0));
    const late = at.getTime() > inq.dueAt.getTime();
    const worstTag = inq.tags.reduce((m, t) => Math.min(m, tagEffect[t] ?? 0), 0.3);
    const agent = agentKey ? (agentEffect[agentKey] ?? { csat: 0, ces: 0 }) : { csat: -0.2, ces: -0.2 };
    const shared = typeEffect[inq.customerType] + worstTag + (inq.reopened ? -1.1 : 0) + (late ? -0.45 : 0) + (topic?.effect ?? 0);
    const csatLatent = 4.4 + agent.csat + channelEffect[inq.channel].csat + shared + 0.95 * noise.csat;
    const cesLatent = 5.5 + agent.ces + channelEffect[inq.channel].ces + 1.1 * shared + 1.1 * noise.ces;
    // Unhappy customers answer a little more often than the content ones (they have something to say).
    const pAnswer = clamp(answerRate[inq.customerType] + channelAnswer[inq.channel] + (csatLatent < 2.5 ? 0.08 : 0), 0.1, 0.9);
    if (d[1] >= pAnswer) continue;

    // Most answer within hours of the invitation (sent 10 minutes after resolving), some days later.
    const delay = 10 * MIN + (d[2] < 0.6 ? d[3] * 3 * HOUR : d[2] < 0.85 ? 3 * HOUR + d[3] * 21 * HOUR : DAY + d[3] * 5 * DAY);
    const answeredAt = new Date(Math.floor((at.getTime() + delay) / 1000) * 1000);
    // Still waiting (the newest), or answered after the link expired (impossible): unanswered.
    if (answeredAt.getTime() >= nowMs || answeredAt.getTime() >= expiresAt.getTime()) continue;

    const csat = form === "CES" ? null : Math.round(clamp(csatLatent, 1, 5));
    const ces = form === "CSAT" ? null : Math.round(clamp(cesLatent, 1, 7));
    const answer = { csat, ces };
    const low = isLowScore(answer);
    const hard = ces !== null && ces <= 3;
    const good = (csat ?? 5) >= 4 && (ces ?? 7) >= 5;
    const commentChance = low ? 0.85 : good ? 0.4 : 0.55;
    let comment: string | null = null;
    if (d[4] < commentChance) {
      const pick = (texts: Texts | undefined) => (texts && texts[lang].length ? texts[lang][Math.floor(d[5] * texts[lang].length)] : undefined);
      const team = spec?.team;
      let text: string | undefined;
      if (hard && (csat ?? 0) >= 3) {
        // Satisfied with the outcome, not with what it took.
        text = pick(hardEffort);
      } else if (low || hard) {
        const options = [
          topic?.low,
          inq.customerType === "INTERNAL" && team ? internalLow[team] : undefined,
          inq.reopened ? lowReopened : undefined,
          late ? lowLate : undefined,
          ...inq.tags.map((t) => lowByTag[t as DemoTagName]),
          lowChannel[inq.channel],
          hard ? hardEffort : undefined,
          lowGeneric,
        ].filter((t): t is Texts => !!t && t[lang].length > 0);
        // The first reason weighs most; now and then another one is what they mention.
        text = pick(options[d[6] < 0.6 ? 0 : Math.floor(d[7] * options.length)]);
        if (d[8] < 0.3 && inq.customerType !== "INTERNAL") text = `${text} ${lowTail[lang][Math.floor(d[9] * lowTail[lang].length)]}`;
      } else if (good) {
        const options = [
          topic?.high,
          inq.customerType === "INTERNAL" && team ? internalHigh[team] : undefined,
          highChannel[inq.channel],
          ...inq.tags.map((t) => highByTag[t as DemoTagName]),
          high,
        ].filter((t): t is Texts => !!t && t[lang].length > 0);
        text = pick(options[d[6] < 0.5 ? 0 : Math.floor(d[7] * options.length)]);
        if (d[8] < 0.25) text = `${text} ${highTail[lang][Math.floor(d[9] * highTail[lang].length)]}`;
      } else {
        text = pick(mid);
      }
      comment = text ? text.replace(/\{agent\}/g, agentName) : null;
    }
    request.answeredAt = answeredAt;
    responses.push({
      id: demoId("survey-response", inq.id),
      requestId,
      csatScore: csat,
      cesScore: ces,
      comment,
      low,
      inquiryId: inq.id,
      agentId: inq.assigneeId,
      channel: inq.channel,
      customerType: inq.customerType,
      weekStart: week,
      createdAt: answeredAt,
    });
  }

  // Staff pulses.
  const users = await db.user.findMany({ where: { id: { in: Object.values(staff).map((s) => s.id) } }, select: { id: true, email: true, name: true, role: true } });
  const pulseRows: Prisma.SurveyPulseCreateManyInput[] = [];
  for (const p of pulses) {
    const id = demoId("survey-pulse", p.key);
    const at = new Date(nowMs - p.daysAgo * DAY);
    pulseRows.push({ id, question: p.question, audience: p.audience, createdById: staff.admin.id, createdAt: at });
    for (const [key, s] of Object.entries(staff) as [DemoStaffKey, DemoStaff[DemoStaffKey]][]) {
      const user = users.find((u) => u.id === s.id);
      if (!user || (p.audience && user.role !== p.audience)) continue;
      const requestId = demoId("survey-request", `${p.key}/${key}`);
      const a = p.answers[key];
      const answeredAt = a ? new Date(at.getTime() + a.hoursLater * HOUR) : null;
      const week = weekStart(at, timeZone);
      requests.push({
        id: requestId, form: "PULSE", pulseId: id, staffId: user.id, recipientEmail: user.email, recipientName: user.name,
        weekStart: week, expiresAt: surveyExpiry(at, SURVEY_TTL_MS), answeredAt, createdAt: at,
      });
      if (a && answeredAt) {
        responses.push({
          id: demoId("survey-response", `${p.key}/${key}`), requestId, pulseScore: a.score, comment: a.comment ?? null,
          low: isLowScore({ pulse: a.score }), pulseId: id, weekStart: week, createdAt: answeredAt,
        });
      }
    }
  }

  const created = await db.$transaction(
    async (tx) => {
      await tx.surveyPulse.createMany({ data: pulseRows, skipDuplicates: true });
      // An inquiry resolved in the app meanwhile already has its request: keep that one.
      for (const batch of chunks(requests, 1000)) await tx.surveyRequest.createMany({ data: batch, skipDuplicates: true });
      const ours = new Set(
        (await tx.surveyRequest.findMany({ where: { id: { in: requests.map((q) => q.id!) } }, select: { id: true } })).map((q) => q.id),
      );
      const answers = responses.filter((a) => ours.has(a.requestId));
      for (const batch of chunks(answers, 1000)) await tx.surveyResponse.createMany({ data: batch, skipDuplicates: true });
      return { requests: ours.size, responses: answers.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  await rebuildSurveyRollups(db);
  return created;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
