/**
 * The demo organization's customers: a Korean B2B SaaS ("LoopOrder", table-order tablets plus a
 * store admin console) with franchise HQs that pay for their stores, store owners, prospects,
 * colleagues who relay issues (call center, field technicians, sales) and customers who left.
 *
 * Times are "days before the seed's now", so the demo always looks current. `history` is the
 * customer's type over time (first entry = created as); the last entry is the current type.
 * Recent churns are pinned to org-time-zone weeks instead (`week: -1` is the last complete week,
 * the dashboard's default): "N days ago" lands in a different week depending on the weekday the
 * seed runs, and the dashboard's churn section would then be empty on some days.
 */
import type { Channel, CustomerType, Priority } from "../../lib/inquiries/rules";

export type DemoLang = "ko" | "en";
export type DemoTagName =
  | "billing"
  | "delivery"
  | "bug"
  | "how-to"
  | "feature request"
  | "complaint"
  | "account"
  | "refund";

/** Colleagues (INTERNAL customers) by team: each team asks CS different things. */
export type DemoTeam = "sales" | "field" | "callcenter" | "partnerships";

/** Which staff member recorded a type change (keys of the demo users, see demo.ts). */
export type DemoStaffKey = "admin" | "agent" | "agent2";

/**
 * When a type change happened: `daysAgo` days before the seed's now (minus a few hours' jitter), or
 * in week `week` relative to the seed's current org-time-zone week (-1 = the last complete week),
 * on `day` (0 = Monday) at `h` o'clock local time (plus a few minutes' jitter).
 */
export type DemoWhen = { daysAgo: number } | { week: number; day: number; h: number };

/**
 * What a customer about to leave writes last, a day or so before they churn (the dashboard quotes
 * it as their voice). Kept out of the shared scenarios so nobody else sends it.
 */
export interface DemoLastWords {
  tag: DemoTagName;
  also?: DemoTagName;
  channel: Channel;
  priority: Priority;
  subject: string;
  body: string;
  /** The staff answer (without greeting and sign-off), should the inquiry get that far. */
  resolve: string;
}

export interface DemoCustomerSpec {
  name: string;
  email: string;
  phone: string;
  company?: string;
  lang: DemoLang;
  /** Relative share of the inquiries this customer sends. */
  weight: number;
  history: ({ type: CustomerType; by?: DemoStaffKey } & DemoWhen)[];
  churn?: { reason: string; category: string };
  /** For a recent churn: the inquiry they send just before leaving. */
  lastWords?: DemoLastWords;
  /** For colleagues: their team. */
  team?: DemoTeam;
  /** Email of the BUYER who pays for this USER. */
  paidBy?: string;
  /** Extra weight per tag on top of the customer type's mix (what this customer tends to ask). */
  leans?: Partial<Record<DemoTagName, number>>;
}

export const demoCustomers: DemoCustomerSpec[] = [
  // INTERNAL: colleagues who relay store issues or need something from CS.
  { name: "강태윤", email: "taeyoon.kang@loopdesk.test", team: "sales", phone: "010-4821-7730", company: "루프오더 영업팀", lang: "ko", weight: 2, history: [{ type: "INTERNAL", daysAgo: 420 }], leans: { "feature request": 3, account: 2 } },
  { name: "윤재혁", email: "jaehyuk.yoon@loopdesk.test", team: "field", phone: "010-3391-5046", company: "루프오더 현장설치팀", lang: "ko", weight: 5, history: [{ type: "INTERNAL", daysAgo: 380 }], leans: { delivery: 3, bug: 2 } },
  { name: "한지민", email: "jimin.han@loopdesk.test", team: "field", phone: "010-7712-0938", company: "루프오더 현장설치팀", lang: "ko", weight: 3, history: [{ type: "INTERNAL", daysAgo: 200 }], leans: { delivery: 2, bug: 2 } },
  { name: "서은비", email: "eunbi.seo@loopdesk.test", team: "callcenter", phone: "010-2260-4417", company: "루프오더 콜센터", lang: "ko", weight: 8, history: [{ type: "INTERNAL", daysAgo: 310 }], leans: { bug: 2, "how-to": 2 } },
  { name: "노경민", email: "kyungmin.noh@loopdesk.test", team: "callcenter", phone: "010-9054-3382", company: "루프오더 콜센터", lang: "ko", weight: 5, history: [{ type: "INTERNAL", daysAgo: 150 }], leans: { bug: 2, billing: 1 } },
  { name: "Priya Nair", email: "priya.nair@loopdesk.test", team: "partnerships", phone: "010-6638-2175", company: "LoopOrder Partnerships", lang: "en", weight: 2.5, history: [{ type: "INTERNAL", daysAgo: 240 }], leans: { "feature request": 2, billing: 2 } },

  // PROSPECT: asking about price, demos, POS integration.
  { name: "문하늘", email: "haneul.moon@example.com", phone: "010-5523-8861", company: "하늘정원 브런치", lang: "ko", weight: 1.2, history: [{ type: "PROSPECT", daysAgo: 40 }] },
  { name: "배준호", email: "junho.bae@example.com", phone: "010-8807-1294", company: "준호네 곱창", lang: "ko", weight: 1, history: [{ type: "PROSPECT", daysAgo: 75 }] },
  { name: "임소희", email: "sohee.lim@sodamfood.test", phone: "02-6205-3318", company: "(주)소담푸드", lang: "ko", weight: 1.2, history: [{ type: "PROSPECT", daysAgo: 60 }] },
  { name: "Olivia Grant", email: "olivia@grantsdeli.test", phone: "010-2294-6673", company: "Grant's Deli Itaewon", lang: "en", weight: 1, history: [{ type: "PROSPECT", daysAgo: 55 }] },
  { name: "장민석", email: "minseok.jang@example.com", phone: "010-4170-9925", company: "민석커피로스터스", lang: "ko", weight: 1, history: [{ type: "PROSPECT", daysAgo: 30 }] },
  { name: "Lucas Moreau", email: "lucas@maisonlucas.test", phone: "010-3016-4482", company: "Maison Lucas Bakery", lang: "en", weight: 0.8, history: [{ type: "PROSPECT", daysAgo: 20 }] },
  { name: "권나래", email: "narae.kwon@example.com", phone: "010-6649-2057", company: "나래네 샐러드", lang: "ko", weight: 0.8, history: [{ type: "PROSPECT", daysAgo: 12 }] },

  // BUYER: companies and owners who pay (franchise HQs pay for their stores' managers).
  { name: "김도윤", email: "doyoon.kim@daonfnb.test", phone: "02-3445-7810", company: "(주)다온에프앤비", lang: "ko", weight: 6, history: [{ type: "PROSPECT", daysAgo: 400 }, { type: "BUYER", daysAgo: 365, by: "admin" }], leans: { billing: 3, delivery: 2 } },
  { name: "이서준", email: "seojun.lee@hanbitfood.test", phone: "02-558-2291", company: "한빛푸드시스템", lang: "ko", weight: 4, history: [{ type: "BUYER", daysAgo: 290 }], leans: { billing: 2, account: 1 } },
  { name: "박하은", email: "haeun.park@greentable.test", phone: "02-332-8170", company: "그린테이블", lang: "ko", weight: 3, history: [{ type: "BUYER", daysAgo: 230 }] },
  { name: "최지호", email: "jiho.choi@example.com", phone: "010-2817-6604", company: "지호네 국밥", lang: "ko", weight: 2, history: [{ type: "BUYER", daysAgo: 180 }], leans: { bug: 1, "how-to": 1 } },
  { name: "Sarah Kim", email: "sarah.kim@seoulcraft.test", phone: "02-794-1185", company: "Seoul Craft Brewing", lang: "en", weight: 9.5, history: [{ type: "BUYER", daysAgo: 260 }], leans: { billing: 2 } },
  { name: "정우진", email: "woojin.jung@woojinmart.test", phone: "031-714-5520", company: "우진식자재마트", lang: "ko", weight: 2, history: [{ type: "BUYER", daysAgo: 140 }] },
  { name: "송예린", email: "yerin.song@example.com", phone: "010-9362-1148", company: "예린 플라워카페", lang: "ko", weight: 1.5, history: [{ type: "PROSPECT", daysAgo: 95 }, { type: "BUYER", daysAgo: 49, by: "agent" }] },
  { name: "James O'Connor", email: "james@harborfish.test", phone: "010-5581-2036", company: "Harbor Fish & Chips", lang: "en", weight: 8, history: [{ type: "PROSPECT", daysAgo: 110 }, { type: "BUYER", daysAgo: 70, by: "agent2" }], leans: { delivery: 2 } },
  { name: "황보민", email: "bomin.hwangbo@moabunsik.test", phone: "02-2038-6671", company: "모아분식 프랜차이즈", lang: "ko", weight: 3, history: [{ type: "BUYER", daysAgo: 330 }], leans: { billing: 1, refund: 1 } },

  // USER: the people who use it every day; most are paid for by a BUYER.
  { name: "박서연", email: "seoyeon.park@daonfnb.test", phone: "010-3305-7742", company: "다온 강남역점", lang: "ko", weight: 4, history: [{ type: "USER", daysAgo: 300 }], paidBy: "doyoon.kim@daonfnb.test", leans: { bug: 2 } },
  { name: "조민호", email: "minho.jo@daonfnb.test", phone: "010-4418-2093", company: "다온 판교점", lang: "ko", weight: 3, history: [{ type: "USER", daysAgo: 250 }], paidBy: "doyoon.kim@daonfnb.test" },
  { name: "유하린", email: "harin.yoo@daonfnb.test", phone: "010-7726-3051", company: "다온 홍대점", lang: "ko", weight: 3, history: [{ type: "USER", daysAgo: 120 }], paidBy: "doyoon.kim@daonfnb.test", leans: { "how-to": 2 } },
  { name: "신동현", email: "donghyun.shin@hanbitfood.test", phone: "010-8853-4470", company: "한빛푸드 성수점", lang: "ko", weight: 3, history: [{ type: "USER", daysAgo: 270 }], paidBy: "seojun.lee@hanbitfood.test" },
  { name: "오지은", email: "jieun.oh@hanbitfood.test", phone: "010-2149-6608", company: "한빛푸드 여의도점", lang: "ko", weight: 2, history: [{ type: "USER", daysAgo: 190 }], paidBy: "seojun.lee@hanbitfood.test", leans: { account: 2 } },
  { name: "Tom Becker", email: "tom.becker@seoulcraft.test", phone: "010-6012-8834", company: "Seoul Craft Brewing Taproom", lang: "en", weight: 8, history: [{ type: "USER", daysAgo: 250 }], paidBy: "sarah.kim@seoulcraft.test", leans: { bug: 2 } },
  { name: "Hana Yoshida", email: "hana.yoshida@seoulcraft.test", phone: "010-3947-5126", company: "Seoul Craft Brewing Pangyo", lang: "en", weight: 7.5, history: [{ type: "USER", daysAgo: 160 }], paidBy: "sarah.kim@seoulcraft.test", leans: { "how-to": 2 } },
  { name: "구자현", email: "jahyun.koo@moabunsik.test", phone: "010-5590-2217", company: "모아분식 신촌점", lang: "ko", weight: 2, history: [{ type: "USER", daysAgo: 210 }], paidBy: "bomin.hwangbo@moabunsik.test" },
  { name: "남궁연", email: "yeon.namgung@greentable.test", phone: "010-1184-9063", company: "그린테이블 주방", lang: "ko", weight: 2, history: [{ type: "USER", daysAgo: 200 }], paidBy: "haeun.park@greentable.test", leans: { bug: 1 } },
  { name: "이지훈", email: "jihoon.lee@example.com", phone: "010-7403-3359", company: "훈카츠", lang: "ko", weight: 1.5, history: [{ type: "USER", daysAgo: 100 }] },
  { name: "Emily Carter", email: "emily.carter@example.com", phone: "010-2871-4490", company: "Carter's Kitchen", lang: "en", weight: 7, history: [{ type: "USER", daysAgo: 130 }] },
  { name: "백승민", email: "seungmin.baek@example.com", phone: "010-9126-0875", company: "승민이네 떡볶이", lang: "ko", weight: 1, history: [{ type: "USER", daysAgo: 90 }] },

  // CHURNED: customers who left, with why (their older inquiries were logged as BUYER/USER).
  // Three left in the last complete week and two the week before (the dashboard's default week
  // and its comparison), each after a last, unhappy message; the others left weeks ago.
  {
    name: "정해린", email: "haerin.jung@example.com", phone: "010-4836-1127", company: "해린베이커리", lang: "ko", weight: 2,
    history: [{ type: "BUYER", daysAgo: 300 }, { type: "CHURNED", week: -2, day: 2, h: 14.5, by: "agent" }],
    churn: { category: "Price", reason: "매장 한 곳만 운영 중인데 월 이용료와 태블릿 할부가 부담된다며 해지. 더 저렴한 요금제가 생기면 다시 연락 달라고 함." },
    leans: { billing: 3, refund: 1 },
    lastWords: {
      tag: "billing", also: "complaint", channel: "EMAIL", priority: "NORMAL",
      subject: "소규모 매장 요금제는 정말 없나요?",
      body: "매장 하나 운영하는데 월 이용료에 태블릿 할부까지 매달 20만 원 가까이 나갑니다. 요즘 매출로는 도저히 감당이 안 됩니다. 지난달에도 문의드렸는데 요금제 변경은 어렵다는 답만 받았어요. 태블릿 두 대로 줄이고 싶다고 해도 약정 때문에 안 된다고 하시고요. 이번에도 방법이 없으면 이달까지만 쓰고 정리하겠습니다.",
      resolve: "부담을 덜어 드릴 방법을 다시 확인했지만, 현재는 매장 한 곳 전용 요금제가 없습니다. 약정 잔여 기간과 해지 시 정산 금액을 정리해 메일로 보내드렸습니다.",
    },
  },
  {
    name: "Daniel Brooks", email: "daniel@brooksburger.test", phone: "010-3358-7291", company: "Brooks Burger Itaewon", lang: "en", weight: 4.5,
    history: [{ type: "BUYER", daysAgo: 210 }, { type: "CHURNED", week: -1, day: 4, h: 11.5, by: "agent2" }],
    churn: { category: "Switched to competitor", reason: "Moved to a competitor's table-order system bundled for free with their new POS contract. Said our app was fine; price of the bundle won." },
    leans: { billing: 1, "feature request": 2 },
    lastWords: {
      tag: "billing", also: "complaint", channel: "EMAIL", priority: "HIGH",
      subject: "Renewal quote 30% higher — nobody from sales got back to me",
      body: "Our contract renews next month and the quote you sent is 30% higher than last year, for the same four tablets. The POS company we're moving to offers table ordering for free with their terminals. I've asked your sales team twice for a better offer and heard nothing back. If nobody gets back to me with a real number by Friday, we'll sign with them.",
      resolve: "I'm sorry sales didn't get back to you. I've passed your quote to our sales lead, who will call you today with a revised offer.",
    },
  },
  {
    name: "오승훈", email: "seunghoon.oh@example.com", phone: "010-6275-4403", company: "오가네 분식", lang: "ko", weight: 2,
    history: [{ type: "USER", daysAgo: 260 }, { type: "CHURNED", daysAgo: 45, by: "agent" }],
    churn: { category: "Product quality", reason: "주방 프린터 주문 누락이 한 달에 여러 번 반복되어 손님 항의를 받았다며 사용 중단. 누락 건 로그 요청했으나 원인 안내가 늦었음." },
    leans: { bug: 4, complaint: 2 },
  },
  {
    name: "이수진", email: "sujin.lee@example.com", phone: "010-8140-2269", company: "수진카페", lang: "ko", weight: 2,
    history: [{ type: "BUYER", daysAgo: 160 }, { type: "CHURNED", week: -1, day: 1, h: 17.2, by: "admin" }],
    churn: { category: "Service experience", reason: "설치 기사 방문이 두 차례 연락 없이 지연되고 고객센터 연결도 어려웠다며 해지 요청. 팀장 사과 전화했으나 번복 없음." },
    leans: { complaint: 4, delivery: 2 },
    lastWords: {
      tag: "complaint", also: "delivery", channel: "EMAIL", priority: "HIGH",
      subject: "설치 기사님이 또 안 오셨습니다. 해지하겠습니다",
      body: "오늘 오전에 설치 기사님이 오시기로 했는데 이번에도 연락 없이 안 오셨습니다. 벌써 두 번째입니다. 고객센터는 30분 넘게 기다리다 끊겼고, 남긴 문의에도 답이 없습니다. 태블릿을 받아 놓고 2주째 쓰지도 못하면서 이용료는 나가고 있어요. 더는 못 기다리겠습니다. 해지 절차와 그동안 낸 이용료 환불 방법 알려 주세요.",
      resolve: "두 번이나 약속을 지키지 못해 정말 죄송합니다. 해지와 미사용 기간 이용료 환불을 바로 접수했고, 처리 결과는 담당 팀장이 직접 연락드리겠습니다.",
    },
  },
  {
    name: "Mei Tanaka", email: "mei@sakuraramen.test", phone: "010-2507-6638", company: "Sakura Ramen Hongdae", lang: "en", weight: 4,
    history: [{ type: "BUYER", daysAgo: 240 }, { type: "CHURNED", daysAgo: 56, by: "agent2" }],
    churn: { category: "Missing feature", reason: "Needed a Japanese menu on the table tablets and receipts in Japanese for tourists; asked twice, no timeline, so they switched." },
    leans: { "feature request": 4 },
  },
  {
    name: "최동욱", email: "donguk.choi@example.com", phone: "010-5069-3312", company: "동욱치킨", lang: "ko", weight: 1.5,
    history: [{ type: "PROSPECT", daysAgo: 150 }, { type: "BUYER", daysAgo: 120, by: "agent" }, { type: "CHURNED", week: -1, day: 3, h: 15.4, by: "agent" }],
    churn: { category: "No longer needed", reason: "상권 임대료 인상으로 매장을 폐업해 더 이상 필요 없음. 태블릿 반납 및 남은 기간 환불 문의." },
    leans: { refund: 2 },
    lastWords: {
      tag: "refund", also: "billing", channel: "EMAIL", priority: "HIGH",
      subject: "폐업하는데 위약금까지 내라는 건가요?",
      body: "임대료가 두 배로 올라서 이달 말에 가게 문을 닫습니다. 그런데 해지하려면 약정 위약금에 태블릿 남은 할부까지 한꺼번에 내야 한다고 전화로 안내받았습니다. 장사를 접는 마당에 수십만 원을 더 내라니 너무하네요. 폐업 사실증명원 보내드릴 테니 위약금이 면제되는지, 태블릿은 반납하면 되는지 확인해 주세요.",
      resolve: "힘든 결정 중에 부담을 더 드려 죄송합니다. 폐업 사실증명원을 확인해 약정 위약금은 면제하고, 태블릿은 반납하시면 남은 할부를 청구하지 않도록 처리했습니다.",
    },
  },
  {
    name: "홍성민", email: "sungmin.hong@example.com", phone: "010-3472-9915", company: "성민김밥 망원점", lang: "ko", weight: 2,
    history: [{ type: "USER", daysAgo: 190 }, { type: "CHURNED", week: -2, day: 4, h: 16.3, by: "agent" }],
    churn: { category: "Product quality", reason: "점심 피크마다 태블릿 주문 앱이 멈춰 직원이 주문을 직접 받아야 했다며 해지. 2.5.0 수정 일정을 안내했으나 기다릴 수 없다고 함." },
    leans: { bug: 3, complaint: 1 },
    lastWords: {
      tag: "bug", also: "complaint", channel: "CHAT", priority: "HIGH",
      subject: "점심시간마다 앱이 멈춰요",
      body: "오늘 점심에 또 태블릿 주문 앱이 하얗게 멈췄습니다. 이번 주만 세 번째예요. 손님들이 주문을 못 해서 직원이 테이블마다 주문을 받으러 다녔고, 두 테이블은 기다리다 그냥 나가셨습니다. 지난달부터 고쳐 준다고만 하시는데 언제까지 기다려야 하나요? 이번 주 안에 해결 안 되면 다른 업체 알아보겠습니다.",
      resolve: "바쁜 시간에 계속 불편을 드려 정말 죄송합니다. 멈춤 현상 수정이 들어간 2.5.0 베타를 매장 태블릿에 먼저 설치해 드렸고, 이번 주 점심 피크에는 저희가 원격으로 지켜보겠습니다.",
    },
  },
];
