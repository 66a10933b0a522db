/**
 * The demo fix board: ~20 problems drawn from the demo's own inquiry scenarios (the LoopOrder
 * table-order tablets and store admin console), in every column, with the inquiries that are
 * about them linked, their history (created, product's response, moves, owner, links, a
 * discussion between CS and product) and, for the shipped ones, the release note and the "it's
 * fixed" message to every customer who asked.
 *
 * The inquiries are not generated here: a problem links the demo inquiries whose subject is one of
 * its scenario's subjects (see demo-text.ts), chosen by a query, so the board follows whatever the
 * inquiry generator produced. A shipped problem links what came in before its ship time and only a
 * straggler or two after (a store that had not updated yet) — the other later inquiries with the
 * same subject stay unlinked — so "inquiries removed" shows what a fix that worked looks like.
 *
 * Idempotent: fixed ids (demoId), everything in one transaction, skipped when the first demo
 * problem exists. Deterministic: a fixed PRNG seed, times relative to the seed's `now` (in Seoul
 * working hours), inquiries read in a fixed order.
 */
import { rebuildProblemRollups } from "../../lib/board/rollups";
import {
  messageLanguage, SHIPPED_MESSAGE_KIND, shippedDedupeKey, shippedMessage, type ProblemStatus,
} from "../../lib/board/rules";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { addWeeks, weekStart } from "../../lib/time/week";
import type { DemoStaff, DemoStaffKey } from "./demo-inquiries";
import { createRandom } from "./random";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Asia/Seoul has no daylight saving time: a fixed offset is exact. */
const KST = 9 * HOUR;

/**
 * When something happened:
 * - `{ d, h }`: `d` days before now, at `h` o'clock in Seoul (kept as written, weekends
 *   included: moving them would reorder a timeline written day by day);
 * - `{ exact }`: exactly that many days before now (for moments the inquiry data is tied to, such
 *   as the 2.4.1 hotfix that ended the login incident);
 * - `{ after }`: minutes after the problem was created;
 * - `{ firstLink }`: minutes after the first inquiry about it (only for `created`);
 * - `{ week, day, h }`: in week `week` relative to the seed's current org-time-zone week (-1 = the
 *   last complete week, the dashboard's default), on `day` (0 = Monday) at `h` o'clock local time —
 *   for what that week's dashboard must show (product responses, a ship) whatever weekday the
 *   seed runs on; "N days ago" would land in a different week depending on it.
 */
export type When = { d: number; h: number } | { exact: number } | { after: number } | { firstLink: number } | { week: number; day: number; h: number };

type Staff = Exclude<DemoStaffKey, "member">;

export interface DemoProblemSpec {
  key: string;
  title: string;
  description: string;
  /** PostgreSQL regex on Inquiry.subject: the scenario's subjects (relayed ones included). */
  subjects: string;
  createdBy: Staff;
  created: When;
  /** The product team's moves, in order; SHIPPED needs `releaseNote`, DECLINED `declineReason`. */
  moves: { to: Exclude<ProblemStatus, "REPORTED">; at: When }[];
  /** Who took the card (when it was accepted); absent = nobody yet. */
  owner?: Staff;
  declineReason?: string;
  releaseNote?: string;
  /** Shipped: how many later inquiries from customers already on it are linked after shipping. */
  afterShip?: number;
  /** "It's fixed" messages still waiting in the outbox (no SMTP yet) instead of sent. */
  outboxPending?: boolean;
  /**
   * The discussion. A body may name the customers on the problem: `{store:ko}` / `{store:en:2}` is
   * the store of the first / second linked paying customer writing in that language (a colleague,
   * a prospect or a customer who has left is not "a store"), `{customer:<email>}` that customer's
   * store when they are linked. Alternatives are tried in order; the first whose names all
   * resolve is used (the last should name nobody), so a comment never names a store that is not
   * on the card.
   */
  comments: { by: Staff; at: When; body: string | string[] }[];
}

export const demoProblems: DemoProblemSpec[] = [
  // ── Shipped ────────────────────────────────────────────────────────────────────────────────
  {
    key: "menu-photos",
    title: "메뉴 사진이 테이블 태블릿에 회색 박스로 보임",
    description:
      "관리자 페이지에서 올린 메뉴 사진이 미리보기에는 보이는데 테이블 태블릿에는 회색 박스로 나옵니다. 태블릿을 새로고침해도 그대로인 경우가 많고, 신메뉴 출시 직전에 사진을 올리는 매장에서 특히 급하게 문의가 옵니다.\n\n재현: 사진 업로드 → 태블릿 메뉴 화면 새로고침 → 회색 박스.",
    subjects: "(메뉴 사진이 안 보여요|메뉴 이미지 업로드 오류|Menu photos not showing on tablets)$",
    createdBy: "agent",
    created: { d: 66, h: 10.5 },
    moves: [
      { to: "ACCEPTED", at: { d: 65, h: 14.2 } },
      { to: "IN_PROGRESS", at: { d: 62, h: 11 } },
      { to: "SHIPPED", at: { d: 41, h: 19.5 } },
    ],
    owner: "product",
    releaseNote:
      "새로 올린 메뉴 사진이 테이블 태블릿에 회색 박스로 보이던 문제를 고쳤습니다. 이제 관리자 페이지에서 올린 사진이 1분 안에 태블릿에 반영되고, 이미 올리신 사진도 모두 다시 동기화했습니다.\n\nNew menu photos no longer show as grey boxes on the table tablets: photos now appear within a minute, and existing photos have been re-synced.",
    afterShip: 1,
    comments: [
      { by: "agent", at: { d: 65, h: 10.2 }, body: "이번 주에만 같은 문의가 여러 건입니다. 점주님들이 신메뉴 출시 직전에 사진을 올리셔서 많이 급해하세요." },
      { by: "product", at: { d: 63, h: 16.4 }, body: "원인 찾았습니다. 이미지 CDN 캐시 무효화가 안 되고 있었어요. 수정은 간단한데 기존 사진 재동기화까지 같이 배포하려고 합니다." },
      {
        by: "agent2", at: { d: 50, h: 15 },
        body: ["{store:en} asked again today — they're launching a new menu on Friday. Any date I can give them?", "Another store asked again today — they're launching a new menu on Friday. Any date I can give them?"],
      },
      { by: "product", at: { d: 49, h: 10.3 }, body: "다음 주 화요일 저녁 배포 목표입니다. 그 전까지는 사진 파일명을 바꿔서 다시 올리면 반영된다고 안내해 주세요." },
      { by: "agent", at: { d: 39, h: 11 }, body: "배포 후 새로 들어온 문의는 거의 없습니다. 문의 주셨던 점주님들께 안내 메일도 나갔습니다." },
    ],
  },
  {
    key: "kitchen-printer",
    title: "주방 프린터로 주문서가 출력되지 않음 (연결 타임아웃)",
    description:
      "테이블 주문이 들어와도 주방 프린터로 주문서가 나오지 않습니다. 프린터 전원·와이파이는 정상이고 테스트 페이지는 출력됩니다. 공유기를 바꾸거나 재부팅한 매장에서 주로 생기고, 손님 음식이 늦게 나가서 항의로 이어집니다.\n\n로그: 프린터 드라이버 연결 타임아웃 후 재연결을 시도하지 않음.",
    subjects: "(주방 프린터로 주문서가 안 나옵니다|주방 프린터 출력 안 됨|Kitchen printer not printing orders)$",
    createdBy: "agent",
    created: { d: 74, h: 11.3 },
    moves: [
      { to: "ACCEPTED", at: { d: 73, h: 10.1 } },
      { to: "IN_PROGRESS", at: { d: 70, h: 15.4 } },
      { to: "SHIPPED", at: { d: 35, h: 18.2 } },
    ],
    owner: "product",
    releaseNote:
      "2.3.1 업데이트: 주방 프린터 연결이 끊기면 앱이 자동으로 다시 연결하고, 그동안 출력하지 못한 주문서를 순서대로 다시 출력합니다. 공유기를 바꾼 뒤에도 프린터 설정이 유지됩니다.\n\nVersion 2.3.1: the app now reconnects to the kitchen printer on its own and prints any orders it missed, in order. Printer settings survive a router change.",
    afterShip: 2,
    comments: [
      { by: "agent", at: { d: 73, h: 9.5 }, body: "프린터 재설정으로 매번 해결은 되는데, 며칠 지나면 같은 매장에서 또 연락이 옵니다. 근본 수정이 필요해 보여요." },
      {
        by: "admin", at: { d: 50, h: 17.3 },
        body: [
          "{customer:seunghoon.oh@example.com} 점주님이 주문서 누락이 반복된다며 해지 의사를 밝히셨습니다. 우선순위 올려 주실 수 있을까요?",
          "{store:ko} 점주님이 주문서 누락이 계속되면 계약을 다시 생각하겠다고 하셨습니다. 우선순위 올려 주실 수 있을까요?",
          "주문서 누락이 계속되면 계약을 다시 생각하겠다는 점주님이 있습니다. 우선순위 올려 주실 수 있을까요?",
        ],
      },
      { by: "product", at: { d: 49, h: 10.1 }, body: "네, 2.3.1에 재연결 로직 넣겠습니다. 그 전까지는 프린터가 끊기면 태블릿 설정 > 프린터 > 다시 연결을 안내해 주세요." },
      {
        by: "agent2", at: { d: 42, h: 14.6 },
        body: [
          "{store:en} and {store:en:2} have the same thing, both after a router swap. Linked their tickets here.",
          "{store:en} has the same thing after a router swap. Linked their ticket here.",
          "English-speaking stores report the same thing after a router swap. Linking their tickets here.",
        ],
      },
      { by: "product", at: { d: 34, h: 10 }, body: "2.3.1 전체 배포 완료했습니다. 혹시 배포 후에도 같은 증상이 오면 앱 버전부터 확인 부탁드립니다." },
    ],
  },
  {
    key: "excel-export",
    title: "Sales and settlement Excel export fails for long periods",
    description:
      "Exporting the sales report or the monthly settlement to Excel fails with 'Something went wrong' (Korean UI: '파일 생성 중 오류가 발생했습니다'), or downloads an empty file. Stores need the file for their accountant at month-end, so these come in urgent.\n\nProduct: the export builds the whole file in memory and runs out over ~20k rows.",
    subjects: "(매출 리포트 엑셀 다운로드 오류|정산 내역 다운로드 실패|Sales export fails|Excel export of the monthly report fails)$",
    createdBy: "agent2",
    created: { d: 58, h: 15.2 },
    moves: [
      { to: "ACCEPTED", at: { d: 56, h: 11.1 } },
      { to: "IN_PROGRESS", at: { d: 45, h: 10.4 } },
      { to: "SHIPPED", at: { d: 27, h: 17.6 } },
    ],
    owner: "product",
    releaseNote:
      "매출 리포트와 정산 내역 엑셀 내보내기를 나눠서 생성하도록 바꿨습니다. 이제 1년치처럼 긴 기간도 실패하거나 빈 파일로 받아지지 않습니다.\n\nSales and settlement exports are now generated in parts, so long periods (a full year) no longer fail or download empty.",
    afterShip: 1,
    comments: [
      { by: "product", at: { d: 55, h: 14 }, body: "메모리 초과입니다. 2만 행이 넘으면 실패해요. 당분간은 월 단위로 나눠 받도록 안내 부탁드려요." },
      {
        by: "agent2", at: { d: 54, h: 10.5 },
        body: [
          "Will do. {store:en}'s accountant needs a full quarter in one file though — any chance before month-end close?",
          "Will do. Some accountants need a full quarter in one file though — any chance before month-end close?",
        ],
      },
      { by: "product", at: { d: 44, h: 16.2 }, body: "스트리밍 방식으로 바꾸는 중입니다. 월말 마감 전에 배포하는 게 목표예요." },
      {
        by: "agent", at: { d: 26, h: 10.3 },
        body: ["{store:ko}에서 1년치 정산 파일을 정상적으로 받았다고 연락 왔습니다.", "문의 주셨던 매장에서 1년치 정산 파일을 정상적으로 받았다고 연락 왔습니다."],
      },
    ],
  },
  {
    key: "login-incident",
    title: "2.4.0 업데이트 후 태블릿 로그인 불가",
    description:
      "2.4.0 자동 업데이트 이후 매장 태블릿에서 로그인이 안 됩니다. '인증 정보를 확인할 수 없습니다' 오류가 뜨고 재설치해도 같습니다. 매장들은 종이로 주문을 받고 있고, 콜센터로도 문의가 몰리고 있습니다.",
    subjects:
      "(업데이트 후 로그인 안 됨|업데이트 이후 태블릿 로그인 오류|앱 업데이트 후 로그인 오류 — 주문을 못 받고 있어요|업데이트 후 태블릿 로그인 불가|업데이트 후 로그인 오류 문의 폭주|Login error after the .* update|Tablets can't log in since the update)$",
    createdBy: "agent",
    created: { firstLink: 35 },
    moves: [
      { to: "ACCEPTED", at: { after: 20 } },
      { to: "IN_PROGRESS", at: { after: 26 } },
      // 2.4.1 went out 18 days before now (demo-text.ts releases); the incident inquiries end there.
      { to: "SHIPPED", at: { exact: 18 } },
    ],
    owner: "product",
    releaseNote:
      "2.4.1 핫픽스: 2.4.0에서 세션 토큰 갱신 오류로 태블릿 로그인이 되지 않던 문제를 고쳤습니다. 태블릿에서 앱을 2.4.1로 업데이트한 뒤 다시 로그인해 주세요. 불편을 드려 죄송합니다.\n\nHotfix 2.4.1 fixes the tablet login failure introduced in 2.4.0. Please update the app on each tablet to 2.4.1 and log in again. We're sorry for the disruption.",
    comments: [
      { by: "agent", at: { after: 12 }, body: "콜센터 포함해서 오전에만 수십 건입니다. 매장들이 종이로 주문받고 있어요. 고객 안내 문구가 필요합니다." },
      { by: "product", at: { after: 48 }, body: "재현했습니다. 2.4.0의 세션 토큰 갱신 로직 문제입니다. 핫픽스 준비 중이고, 임시 우회 방법은 없습니다. 매장에는 종이 주문으로 받아 달라고 안내 부탁드려요." },
      { by: "admin", at: { after: 95 }, body: "공지 문구 올렸습니다. 장애 보상 문의는 제가 기준 정리해서 따로 공유할게요." },
      { by: "admin", at: { exact: 17.8 }, body: "2.4.1 배포 후 로그인 문의 멈췄습니다. 장애 기간 이용료는 다음 달 청구에서 하루분 차감하기로 했습니다." },
    ],
  },
  {
    key: "order-alert",
    title: "방해 금지 모드에서 새 주문 알림음이 울리지 않음",
    description:
      "태블릿이 방해 금지 모드이면 새 주문 알림음이 나지 않습니다. 음량을 최대로 하고 앱 알림을 켜도 같고, 바쁜 시간에 주문을 놓치는 매장이 있습니다.\n\n원인(제품팀): 안드로이드 방해 금지 모드에서 주문 알림 채널이 무음 처리됨.",
    subjects: "(주문 알림이 안 울려요|새 주문 알림음이 안 나요)$",
    createdBy: "agent",
    created: { d: 30, h: 14.1 },
    moves: [
      { to: "ACCEPTED", at: { d: 29, h: 11.2 } },
      { to: "IN_PROGRESS", at: { d: 20, h: 10.3 } },
      // In the dashboard's default week: its "shipped" list and loop closure have a fix to show.
      { to: "SHIPPED", at: { week: -1, day: 1, h: 18.4 } },
    ],
    owner: "product",
    releaseNote:
      "2.4.2 업데이트: 태블릿이 방해 금지 모드여도 새 주문 알림음이 울리도록 알림 채널 설정을 바꿨습니다. 앱을 업데이트하면 따로 설정하실 것은 없습니다.",
    outboxPending: true,
    comments: [
      { by: "product", at: { d: 29, h: 11.4 }, body: "안드로이드 방해 금지 모드에서 알림 채널이 무음 처리되는 문제로 확인했습니다. 알림 채널 중요도를 올리는 수정으로 갑니다." },
      { by: "agent", at: { d: 21, h: 15 }, body: "그 사이 원격으로 방해 금지 모드를 꺼 드리고 있는데, 직원이 다시 켜는 경우가 많아서 재문의가 옵니다." },
    ],
  },

  // ── In progress ────────────────────────────────────────────────────────────────────────────
  {
    key: "app-freeze",
    title: "점심 피크에 태블릿 주문 앱이 멈춤 (이미지 캐시 메모리 초과)",
    description:
      "주문이 몰리는 점심·저녁 피크에 태블릿 주문 앱 화면이 하얗게 멈추고, 앱을 재시작해야 합니다. 갤럭시 탭 A8, 레노버 탭 M10, 아이패드 9세대에서 모두 보고됐습니다.\n\n제품팀: 주문이 몰릴 때 메뉴 이미지를 한꺼번에 디코딩하면서 메모리 한도를 넘깁니다.",
    subjects:
      "(앱이 멈춰요|태블릿 앱이 주문 중에 멈춥니다|점심시간마다 앱이 멈춰요|업데이트 후 앱 종료 현상|App freezes during the lunch rush|Tablet app keeps crashing|Pilot store reports crashes on .*)$",
    createdBy: "agent",
    created: { d: 52, h: 13.4 },
    moves: [
      { to: "ACCEPTED", at: { d: 51, h: 10.2 } },
      { to: "IN_PROGRESS", at: { d: 33, h: 11.5 } },
    ],
    owner: "product",
    comments: [
      { by: "product", at: { d: 47, h: 15.3 }, body: "갤럭시 탭 A8에서 재현됐습니다. 주문이 몰릴 때 메뉴 이미지를 한꺼번에 디코딩하면서 메모리를 넘깁니다." },
      { by: "agent2", at: { d: 30, h: 14.2 }, body: "Partnerships: the Singapore pilot store sees this several times a day on iPads too. They asked for an ETA." },
      { by: "product", at: { d: 29, h: 10.4 }, body: "아이패드도 같은 원인입니다. 이미지 지연 로딩으로 바꾸는 중이고 2.5.0에 들어갑니다. 2~3주 정도로 안내해 주세요." },
      { by: "admin", at: { d: 8, h: 17.1 }, body: "지난주 점심 피크에 세 매장에서 또 멈췄습니다. 2.5.0 일정 다시 확인 부탁드려요." },
      { by: "product", at: { d: 7, h: 11 }, body: "베타 매장 5곳에 먼저 배포했습니다. 이번 주 피크 시간에 문제 없으면 다음 주에 전체 배포합니다." },
    ],
  },
  {
    key: "pos-missing",
    title: "테이블 주문이 포스로 전송되지 않고 누락됨",
    description:
      "테이블에서 들어온 주문 일부가 포스로 넘어가지 않아 손님이 계산할 때야 알게 됩니다. 주방은 주문을 받았는데 포스에는 없는 경우도 있습니다. 매장 신뢰에 직접 영향이 큰 문제라 콜센터·현장팀 이관도 많습니다.",
    subjects: "(주문이 포스로 안 넘어가요|테이블 주문 누락|매장 주문 누락|Orders missing from the POS)$",
    createdBy: "agent",
    created: { d: 60, h: 16.2 },
    moves: [
      { to: "ACCEPTED", at: { d: 59, h: 10.5 } },
      { to: "IN_PROGRESS", at: { d: 40, h: 14.3 } },
    ],
    owner: "product",
    comments: [
      { by: "product", at: { d: 58, h: 11.2 }, body: "포스 연동 큐에서 재시도 없이 실패한 건들 확인했습니다. 재시도 로직은 이번 주에 먼저 배포합니다." },
      {
        by: "agent", at: { d: 41, h: 16.5 },
        body: [
          "재시도 배포 후에도 저녁 피크에 누락됐다는 문의가 계속 옵니다. {store:ko} 쪽은 이번 달만 세 번째예요.",
          "재시도 배포 후에도 저녁 피크에 누락됐다는 문의가 계속 옵니다. 같은 매장에서 이번 달만 세 번째인 곳도 있어요.",
        ],
      },
      { by: "product", at: { d: 40, h: 14.5 }, body: "포스사 서버 응답이 10초 넘게 늦으면 여전히 빠집니다. 포스사와 같이 보고 있고, 누락 주문을 점주 화면에 알려 주는 기능부터 넣겠습니다." },
    ],
  },
  {
    key: "payment-status",
    title: "카드 결제 완료 후에도 주문이 '결제 대기'로 남음",
    description:
      "카드 단말기에서 결제는 끝났는데 주문 상태가 계속 '결제 대기'로 남아 있습니다. 점주님이 결제를 다시 받으려다 이중 결제가 될 뻔한 경우도 있었습니다.\n\n단말기 응답이 늦게 도착하면 상태 갱신이 빠지는 것으로 보입니다.",
    subjects: "결제 후 주문 상태가 안 바뀌어요$",
    createdBy: "agent",
    created: { d: 45, h: 10.4 },
    moves: [
      { to: "ACCEPTED", at: { d: 43, h: 15.5 } },
      { to: "IN_PROGRESS", at: { d: 16, h: 10.2 } },
    ],
    owner: "product",
    comments: [
      { by: "agent", at: { d: 44, h: 11 }, body: "현장팀에서도 같은 증상 이관이 계속 옵니다. 이중 결제로 이어지면 환불 건이 되니 우선 봐 주시면 좋겠습니다." },
      { by: "product", at: { d: 16, h: 10.5 }, body: "단말기 응답 순서가 뒤바뀌는 경우를 재현했습니다. 결제 결과를 단말기에서 다시 조회해서 맞추는 방식으로 고치고 있습니다." },
    ],
  },
  {
    key: "delivery-apps",
    title: "배달앱 주문을 같은 태블릿에서 받기 (배달앱 연동)",
    description:
      "배달앱 주문을 테이블 주문과 같은 화면에서 받고 싶다는 요청입니다. 지금은 배달앱마다 태블릿을 따로 두고 있어 카운터가 복잡하고, 주문을 놓치기도 합니다. 도입 상담 때도 자주 나오는 질문입니다.",
    subjects: "(배달앱 주문 연동 요청|배달앱 연동 계획이 있나요\\?)$",
    createdBy: "admin",
    created: { d: 70, h: 16 },
    moves: [
      { to: "ACCEPTED", at: { d: 68, h: 14 } },
      { to: "IN_PROGRESS", at: { d: 25, h: 11.3 } },
    ],
    owner: "product",
    comments: [
      { by: "admin", at: { d: 70, h: 16.2 }, body: "요청이 꾸준히 쌓이고 있어서 카드로 올립니다. 영업팀도 도입 상담 때마다 받는 질문이라고 합니다." },
      { by: "product", at: { d: 25, h: 11.5 }, body: "배달앱 두 곳과 연동 베타를 준비하고 있습니다. 베타 매장 10곳 정도 모집 부탁드려요." },
      { by: "agent", at: { d: 23, h: 15.2 }, body: "베타 희망 매장 12곳 정리해서 공유 드라이브에 올렸습니다. 대부분 배달 비중이 큰 분식·치킨 매장입니다." },
    ],
  },

  // ── Accepted ───────────────────────────────────────────────────────────────────────────────
  {
    key: "login-loop",
    title: "관리자 페이지 로그인 후 '세션 만료'로 처음 화면 반복",
    description:
      "관리자 페이지에서 비밀번호를 맞게 입력해도 '세션이 만료되었습니다'가 뜨고 로그인 화면으로 돌아갑니다. 주로 점주 계정에서 생기고, 직원 계정은 정상입니다. 쿠키를 지우면 대부분 해결됩니다.",
    subjects:
      "((^|\\] |점 )로그인 오류|관리자 페이지 로그인이 안 돼요|로그인하면 계속 처음 화면으로 돌아갑니다|Can't log in to the admin console|Login loop after entering password|Login error on the owner account)$",
    createdBy: "agent2",
    created: { d: 40, h: 11.2 },
    moves: [{ to: "ACCEPTED", at: { d: 38, h: 14.3 } }],
    owner: "product",
    comments: [
      { by: "agent2", at: { d: 40, h: 11.4 }, body: "Owner accounts only, as far as I can tell — staff accounts log in fine. Clearing cookies works, but they come back a week later." },
      { by: "product", at: { d: 38, h: 14.5 }, body: "이전 로그인 페이지 도메인의 쿠키가 남아 있을 때 생깁니다. 근본 수정은 2.5.0 인증 개편에 포함하고, 그 전까지는 쿠키 삭제로 안내 부탁드려요." },
    ],
  },
  {
    key: "card-reader",
    title: "Card reader disconnects from the counter tablet (battery saver)",
    description:
      "The Bluetooth card reader drops its connection to the counter tablet a few times a day and has to be re-paired. Support can exclude the app from battery optimisation remotely, but it comes back after Android updates.",
    subjects: "Card reader keeps disconnecting$",
    createdBy: "agent2",
    created: { d: 34, h: 15.3 },
    moves: [{ to: "ACCEPTED", at: { d: 31, h: 10.4 } }],
    comments: [
      { by: "product", at: { d: 31, h: 10.6 }, body: "Confirmed: Android's battery optimisation stops our Bluetooth service. The fix is a foreground service; it needs an owner after 2.5.0 ships." },
      {
        by: "agent2", at: { d: 12, h: 14 },
        body: ["{store:en} had it twice during Saturday service. Anyone picking this up?", "One store had it twice during Saturday service. Anyone picking this up?"],
      },
    ],
  },
  {
    key: "price-sync",
    title: "Menu price changes not reaching the table tablets",
    description:
      "Stores change prices in the admin console, but the table tablets keep showing the old prices until support re-syncs the store. Guests see one price and ask which one they'll pay.",
    subjects: "(Tablets still show old prices|Price changes not showing on tablets)$",
    createdBy: "agent2",
    created: { d: 48, h: 10.2 },
    moves: [{ to: "ACCEPTED", at: { d: 20, h: 16.1 } }],
    owner: "product",
    comments: [
      { by: "agent2", at: { d: 35, h: 11.3 }, body: "Still getting these every week — a manual re-sync fixes it each time. Can product take a look?" },
      { by: "product", at: { d: 20, h: 16.3 }, body: "The sync job stops at the first malformed image and skips the rest of the menu. We've added an alert; retrying per item is next." },
    ],
  },

  // ── Reported (the last three answered by product in the last complete week) ──────────────────
  {
    key: "multilingual-menu",
    title: "다국어 메뉴 지원 (일본어·중국어 메뉴와 영수증)",
    description:
      "외국인 손님이 많은 매장에서 영어 외에 일본어·중국어 메뉴와 영수증을 요청합니다. 이태원·홍대 상권 매장에서 특히 많고, 관광객 비중이 큰 매장은 도입 조건으로 얘기합니다.",
    subjects: "(다국어 메뉴 지원 요청|일본어 메뉴 추가 가능할까요\\?|Request: Japanese menu and receipts)$",
    createdBy: "agent",
    created: { d: 26, h: 14.4 },
    moves: [],
    comments: [
      {
        by: "agent2", at: { d: 25, h: 10.3 },
        body: [
          "{customer:mei@sakuraramen.test} left us over exactly this (churn reason: no Japanese menu). Several Itaewon and Hongdae stores ask every month.",
          "Several Itaewon and Hongdae stores ask for this every month, and tourist-heavy prospects bring it up in demos.",
        ],
      },
      { by: "agent", at: { d: 12, h: 16.2 }, body: "이번 달에도 홍대·명동 매장 요청이 계속 들어옵니다. 검토 일정만이라도 알려 주시면 점주님들께 안내하겠습니다." },
    ],
  },
  {
    key: "split-bill",
    title: "테이블에서 나눠서 결제하기 (더치페이)",
    description:
      "손님들이 테이블 태블릿에서 각자 나눠서 결제하고 싶어 합니다. 지금은 카운터에서 직원이 금액을 나눠 여러 번 결제해야 해서 점심시간에 줄이 길어집니다.",
    subjects: "(테이블에서 나눠서 결제하는 기능|Feature request: split the bill at the table)$",
    createdBy: "agent",
    created: { d: 22, h: 11.1 },
    moves: [],
    comments: [
      { by: "agent", at: { d: 22, h: 11.3 }, body: "직장인 상권 매장 요청이 대부분입니다. 점심 회전율 얘기를 많이 하세요." },
    ],
  },
  {
    key: "qr-ordering",
    title: "QR ordering from guests' own phones",
    description:
      "Some stores want guests to scan a QR code on the table and order from their own phone instead of (or besides) the table tablet — fewer tablets to buy, and no waiting for a tablet at busy tables.",
    subjects: "Request: QR ordering from guests' phones$",
    createdBy: "agent2",
    created: { d: 17, h: 15.2 },
    // Declined in the last complete week (the dashboard's product response time); nobody took it.
    moves: [{ to: "DECLINED", at: { week: -1, day: 2, h: 16.5 } }],
    declineReason:
      "QR ordering from guests' own phones is not on this year's plan: we are focusing on the table-tablet experience. Stores that need it can connect a partner QR ordering service (Admin > Integrations). Keep adding requests to this card and we'll look again when planning next year.",
    comments: [
      { by: "agent2", at: { week: -1, day: 2, h: 17.1 }, body: "Understood. I'll point stores to the partner QR service and keep linking the requests here." },
    ],
  },
  {
    key: "staff-permissions",
    title: "직원별 메뉴 접근 권한 설정 (아르바이트생 매출 화면 숨김)",
    description:
      "아르바이트생이 매출·정산 화면을 보지 못하게 직원별로 메뉴 접근 권한을 나누고 싶다는 요청입니다. 지금은 직원 계정이 점주 계정과 같은 화면을 봅니다.",
    subjects: "(직원별 권한 설정 기능 요청|Staff permissions per role)$",
    createdBy: "agent",
    created: { week: -2, day: 3, h: 10.3 },
    // Accepted in the last complete week (the dashboard's product response time).
    moves: [{ to: "ACCEPTED", at: { week: -1, day: 1, h: 15.4 } }],
    owner: "product",
    comments: [
      { by: "admin", at: { week: -2, day: 4, h: 17.2 }, body: "프랜차이즈 본사 두 곳이 계약 갱신 조건으로 얘기하고 있습니다. 제품팀 의견 부탁드려요." },
      { by: "product", at: { week: -1, day: 1, h: 15.6 }, body: "받겠습니다. 직원 권한 개편 전체는 다음 분기 작업이고, 우선 '매출·정산 화면 숨김' 한 가지를 2.5.x에 먼저 넣겠습니다. 본사 두 곳에는 그렇게 안내 부탁드려요." },
    ],
  },
  {
    key: "device-limit",
    title: "설치 현장에서 기기 등록 실패 (매장 기기 등록 한도)",
    description:
      "설치 현장에서 주방 프린터나 태블릿을 등록하면 '기기를 찾을 수 없음' 또는 등록 오류가 납니다. 매장 계정의 기기 등록 한도(기본 3대)에 걸린 경우로, 현장팀이 설치 때마다 CS에 한도 해제를 요청하고 점주님은 기다리십니다.",
    subjects: "(주방 프린터 연동 실패|설치 중 태블릿 등록 오류)$",
    createdBy: "agent",
    created: { week: -1, day: 0, h: 14.2 },
    // Accepted the next day, in the last complete week (the dashboard's product response time).
    moves: [{ to: "ACCEPTED", at: { week: -1, day: 1, h: 11.1 } }],
    owner: "product",
    comments: [
      { by: "agent", at: { week: -1, day: 0, h: 14.4 }, body: "현장팀 요청입니다. 기본 한도가 3대라 태블릿이 많은 매장은 설치 때마다 한도 해제 요청이 옵니다. 기본값 상향이나 설치 기사 권한으로 풀 수 있게 검토 부탁드립니다." },
      { by: "product", at: { week: -1, day: 1, h: 11.3 }, body: "기본 한도를 5대로 올리고, 설치 기사 계정에서 현장에서 바로 한도를 풀 수 있게 하겠습니다. 다음 정기 배포에 넣을게요." },
    ],
  },

  // ── Declined ───────────────────────────────────────────────────────────────────────────────
  {
    key: "loyalty-points",
    title: "단골 손님 포인트 적립 기능",
    description: "종이 쿠폰 대신 태블릿에서 단골 손님 포인트를 적립하고 쓰게 해 달라는 요청입니다.",
    subjects: "포인트 적립 기능 요청$",
    createdBy: "agent",
    created: { d: 63, h: 15.3 },
    moves: [{ to: "DECLINED", at: { d: 57, h: 11.4 } }],
    owner: "product",
    declineReason:
      "포인트 적립은 자체 개발하지 않고 제휴 포인트 서비스 연동으로 제공하기로 했습니다. 점주님께는 관리자 페이지 > 연동 > 포인트 서비스에서 켤 수 있다고 안내해 주세요.",
    comments: [
      { by: "agent", at: { d: 56, h: 10.2 }, body: "안내 문구 상담 스크립트에 추가했습니다. 제휴 서비스 수수료를 묻는 분이 많아서 그 부분도 정리해 두었어요." },
    ],
  },
  {
    key: "pickup-reservations",
    title: "포장 예약 주문 (픽업 시간 지정) 기능",
    description: "손님이 포장 주문을 미리 넣고 픽업 시간을 정할 수 있게 해 달라는 요청입니다. 콜센터로 주 단위로 모아서 전달되고 있습니다.",
    subjects: "예약 주문 기능$",
    createdBy: "agent",
    created: { d: 62, h: 10.2 },
    moves: [{ to: "DECLINED", at: { d: 54, h: 16.2 } }],
    owner: "product",
    declineReason:
      "테이블 주문 제품의 범위를 벗어나 올해 계획에는 넣지 않기로 했습니다. 포장 예약은 제휴 주문 앱 연동으로 안내해 주세요. 요청이 계속 늘면 내년 상반기에 다시 검토합니다.",
    comments: [
      { by: "product", at: { d: 54, h: 16.4 }, body: "요청 건수는 계속 보고 있겠습니다. 콜센터 요청 모음에 계속 붙여 주세요." },
    ],
  },
];

export interface SeedDemoProblemsInput {
  now: Date;
  staff: DemoStaff;
  /** The org time zone the rollups' weeks are cut in (lib/env.ts ORG_TIME_ZONE). */
  timeZone: string;
  random?: ReturnType<typeof createRandom>;
}

export const DEMO_PROBLEMS_SEED = 20261125;
/** Share of an open scenario's inquiries that agents linked (some were answered without a push). */
const LINK_SHARE = 0.9;

/** A stable id for a demo row, injected so this file and demo.ts share one definition. */
type IdOf = (kind: string, key: string | number) => string;

type Candidate = {
  id: string; subject: string; body: string; createdAt: Date; customerId: string; assigneeId: string | null;
  name: string; email: string | null; company: string | null; customerType: string;
};
type Link = { inquiryId: string; problemId: string; at: Date; actorId: string };

/**
 * Seeds the demo problems unless the first one is already there. Returns how many were created.
 * Needs the demo inquiries (it links them); does nothing when they are absent.
 */
export async function seedDemoProblems(db: PrismaClient, input: SeedDemoProblemsInput, demoId: IdOf): Promise<number> {
  if (await db.problem.findUnique({ where: { id: demoId("problem", demoProblems[0].key) }, select: { id: true } })) return 0;
  if (!(await db.inquiry.findUnique({ where: { id: demoId("inquiry", 0) }, select: { id: true } }))) return 0;
  const r = input.random ?? createRandom(DEMO_PROBLEMS_SEED);
  const nowMs = input.now.getTime();
  const thisWeek = weekStart(input.now, input.timeZone);
  const { staff } = input;
  const agents = new Set([staff.agent.id, staff.agent2.id]);

  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT i."id"::text AS "id", i."subject", i."body", i."createdAt", i."customerId"::text AS "customerId",
           i."assigneeId"::text AS "assigneeId", c."name", c."email", c."company", c."type"::text AS "customerType"
    FROM "Inquiry" i JOIN "Customer" c ON c."id" = i."customerId"
    WHERE i."problemId" IS NULL AND i."subject" ~ ${demoProblems.map((p) => p.subjects).join("|")}
    ORDER BY i."createdAt", i."id"`;
  const taken = new Set<string>();

  const problems: Prisma.ProblemCreateManyInput[] = [];
  const events: Prisma.ProblemEventCreateManyInput[] = [];
  const links: Link[] = [];
  const outbox: Prisma.OutboxMessageCreateManyInput[] = [];

  for (const spec of demoProblems) {
    const id = demoId("problem", spec.key);
    const pattern = new RegExp(spec.subjects);
    // An inquiry belongs to the first problem whose scenario it matches (the specs do not overlap).
    const mine = candidates.filter((c) => !taken.has(c.id) && pattern.test(c.subject));
    const firstAsked = mine[0]?.createdAt.getTime();

    // ── the problem's own timeline ──
    let clock = 0;
    /** Resolves a When, keeping the timeline in order and in the past. */
    const time = (w: When, createdMs?: number): number => {
      let t: number;
      if ("exact" in w) t = nowMs - w.exact * DAY;
      else if ("after" in w) t = (createdMs ?? clock) + w.after * MIN;
      else if ("firstLink" in w) t = (firstAsked ?? nowMs - 30 * DAY) + w.firstLink * MIN;
      else if ("week" in w) t = addWeeks(thisWeek, w.week, input.timeZone).getTime() + w.day * DAY + Math.round(w.h * 60) * MIN;
      else t = atHour(nowMs - w.d * DAY, w.h);
      return Math.min(t, nowMs - 2 * MIN);
    };
    const createdMs = time(spec.created);
    clock = createdMs;
    const step = (w: When) => (clock = Math.max(time(w, createdMs), clock + MIN));
    const createdBy = staff[spec.createdBy];
    const product = staff.product;

    type Move = { to: ProblemStatus; from: ProblemStatus; at: number };
    const moves: Move[] = [];
    let status: ProblemStatus = "REPORTED";
    for (const m of spec.moves) {
      moves.push({ from: status, to: m.to, at: step(m.at) });
      status = m.to;
    }
    const shipped = moves.find((m) => m.to === "SHIPPED");
    const respondedMs = moves[0]?.at ?? null;
    const shippedMs = shipped?.at ?? null;

    // ── which inquiries are linked, when, and by whom ──
    const chosen: Candidate[] = [];
    const before = shippedMs === null ? mine : mine.filter((c) => c.createdAt.getTime() < shippedMs);
    for (const c of before) if (r.chance(LINK_SHARE) || c === before[0]) chosen.push(c);
    if (shippedMs !== null && spec.afterShip) {
      // A straggler or two: customers already on the problem whose store had not updated yet.
      const asked = new Set(chosen.map((c) => c.customerId));
      chosen.push(...mine.filter((c) => c.createdAt.getTime() >= shippedMs && asked.has(c.customerId)).slice(0, spec.afterShip));
    }
    for (const c of chosen) taken.add(c.id);
    const evidence = chosen.filter((c) => c.createdAt.getTime() <= createdMs);
    const later = chosen.filter((c) => c.createdAt.getTime() > createdMs);

    const linker = (c: Candidate) => (c.assigneeId && agents.has(c.assigneeId) ? c.assigneeId : createdBy.id);
    for (const c of evidence) links.push({ inquiryId: c.id, problemId: id, at: new Date(createdMs), actorId: createdBy.id });
    // Later inquiries: each agent pushes the day's new ones in one go, a little after the last came in.
    const batches = new Map<string, Candidate[]>();
    for (const c of later) {
      const k = `${kstDay(c.createdAt.getTime())}|${linker(c)}`;
      batches.set(k, [...(batches.get(k) ?? []), c]);
    }
    const linkEvents: { at: number; actorId: string; ids: string[] }[] = [];
    for (const batch of batches.values()) {
      const lastAsked = Math.max(...batch.map((c) => c.createdAt.getTime()));
      let at = lastAsked + r.int(20, 150) * MIN;
      // Pushed before the fix shipped when they came in before it: the ship notified these customers.
      if (shippedMs !== null && lastAsked < shippedMs) at = Math.max(lastAsked + MIN, Math.min(at, shippedMs - 5 * MIN));
      at = Math.min(at, nowMs - MIN);
      const actorId = linker(batch[0]);
      for (const c of batch) links.push({ inquiryId: c.id, problemId: id, at: new Date(at), actorId });
      linkEvents.push({ at, actorId, ids: batch.map((c) => c.id) });
    }

    // ── events ──
    let n = 0;
    const event = (e: Omit<Prisma.ProblemEventCreateManyInput, "id" | "problemId">) =>
      events.push({ id: demoId("problem-event", `${spec.key}/${n++}`), problemId: id, ...e });
    const evidenceIds = evidence.map((c) => c.id);
    event({ kind: "CREATED", actorId: createdBy.id, createdAt: new Date(createdMs), data: { title: spec.title, inquiryIds: evidenceIds } });
    if (evidenceIds.length) {
      event({ kind: "LINKED", actorId: createdBy.id, createdAt: new Date(createdMs), data: { inquiryIds: evidenceIds, count: evidenceIds.length, movedFrom: [] } });
    }
    for (const l of linkEvents) {
      event({ kind: "LINKED", actorId: l.actorId, createdAt: new Date(l.at), data: { inquiryIds: l.ids, count: l.ids.length, movedFrom: [] } });
    }
    let version = 1;
    const customersAtShip = shippedMs === null ? [] : shippedCustomers(chosen.filter((c) => c.createdAt.getTime() < shippedMs));
    for (const m of moves) {
      const data: Record<string, string | number | boolean> = { from: m.from, to: m.to };
      if (m.to === "DECLINED") data.declineReason = spec.declineReason!;
      if (m.to === "SHIPPED") Object.assign(data, { releaseNote: spec.releaseNote!, resolveLinked: false, resolved: 0, queued: customersAtShip.length });
      event({ kind: "STATUS", actorId: product.id, createdAt: new Date(m.at), data });
      version++;
      if (m === moves[0] && spec.owner) {
        const owner = staff[spec.owner];
        event({ kind: "OWNER", actorId: product.id, createdAt: new Date(m.at + 40_000), data: { from: null, to: owner.id, fromName: null, toName: owner.name } });
        version++;
      }
    }
    const names = customerNames(chosen);
    for (const c of spec.comments) {
      const body = (typeof c.body === "string" ? [c.body] : c.body).map(names).find((b) => b !== null);
      if (!body) continue;
      const at = Math.max(time(c.at, createdMs), createdMs + MIN);
      event({ kind: "COMMENT", actorId: staff[c.by].id, body, createdAt: new Date(at) });
    }

    const lastChange = Math.max(createdMs, ...moves.map((m) => m.at + (m === moves[0] && spec.owner ? 40_000 : 0)));
    problems.push({
      id,
      title: spec.title,
      description: spec.description,
      status,
      ownerId: spec.owner ? staff[spec.owner].id : null,
      createdById: createdBy.id,
      declineReason: status === "DECLINED" ? spec.declineReason! : null,
      releaseNote: shipped ? spec.releaseNote! : null,
      respondedAt: respondedMs === null ? null : new Date(respondedMs),
      shippedAt: shippedMs === null ? null : new Date(shippedMs),
      version,
      createdAt: new Date(createdMs),
      updatedAt: new Date(lastChange),
    });

    // ── closing the loop: one message per customer, as shipProblem queues it ──
    for (const c of customersAtShip) {
      const language = messageLanguage(...c.texts);
      const message = shippedMessage({ customerName: c.name, inquirySubject: c.subject, releaseNote: spec.releaseNote!, inquiryCount: c.count }, language);
      const sent = !spec.outboxPending;
      outbox.push({
        id: demoId("outbox", `${spec.key}/${c.customerId}`),
        dedupeKey: shippedDedupeKey(id, c.customerId),
        kind: SHIPPED_MESSAGE_KIND,
        toEmail: c.email,
        toName: c.name,
        customerId: c.customerId,
        problemId: id,
        ...message,
        status: sent ? "SENT" : "PENDING",
        attempts: sent ? 1 : 0,
        sentAt: sent ? new Date(shippedMs! + r.int(1, 8) * MIN) : null,
        createdAt: new Date(shippedMs!),
      });
    }
  }

  // Problem numbers follow creation order, like on a board that grew over the weeks.
  problems.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  await db.$transaction(
    async (tx) => {
      await tx.problem.createMany({ data: problems });
      await tx.problemEvent.createMany({ data: events });
      await tx.$executeRaw`
        UPDATE "Inquiry" i SET "problemId" = l.problem_id::uuid, "updatedAt" = greatest(i."updatedAt", l.at)
        FROM unnest(${links.map((l) => l.inquiryId)}::uuid[], ${links.map((l) => l.problemId)}::text[], ${links.map((l) => l.at)}::timestamp(3)[])
          AS l(inquiry_id, problem_id, at)
        WHERE i."id" = l.inquiry_id`;
      const titles = new Map(problems.map((p) => [p.id!, p.title]));
      await tx.inquiryEvent.createMany({
        data: links.map((l) => ({
          id: demoId("inquiry-problem-event", l.inquiryId),
          inquiryId: l.inquiryId,
          kind: "PROBLEM" as const,
          actorId: l.actorId,
          createdAt: l.at,
          data: { from: null, to: l.problemId, fromTitle: null, toTitle: titles.get(l.problemId) ?? null },
        })),
      });
      await rebuildProblemRollups(tx, problems.map((p) => p.id!), { timeZone: input.timeZone });
      await tx.outboxMessage.createMany({ data: outbox, skipDuplicates: true });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return problems.length;
}

/** The customers a ship notifies: per customer, their latest linked subject, count and languages. */
function shippedCustomers(linked: Candidate[]) {
  const by = new Map<string, { customerId: string; name: string; email: string; subject: string; count: number; texts: string[]; last: number }>();
  for (const c of linked) {
    if (!c.email) continue;
    const row = by.get(c.customerId) ?? { customerId: c.customerId, name: c.name, email: c.email, subject: c.subject, count: 0, texts: [], last: -1 };
    row.count++;
    row.texts.push(`${c.subject} ${c.body}`);
    if (c.createdAt.getTime() >= row.last) {
      row.last = c.createdAt.getTime();
      row.subject = c.subject;
    }
    by.set(c.customerId, row);
  }
  return [...by.values()];
}

/**
 * Fills a comment's `{store:…}` / `{customer:…}` names from the problem's linked customers;
 * null when one does not resolve (see DemoProblemSpec.comments).
 */
function customerNames(linked: Candidate[]): (text: string) => string | null {
  const store = (c: Candidate) => c.company ?? c.name;
  const byEmail = new Map(linked.map((c) => [c.email, c]));
  const stores: Record<string, string[]> = { ko: [], en: [] };
  for (const c of linked) {
    if (c.customerType !== "BUYER" && c.customerType !== "USER") continue;
    const list = stores[/[가-힣]/.test(c.subject) ? "ko" : "en"];
    if (!list.includes(store(c))) list.push(store(c));
  }
  return (text) => {
    let missing = false;
    const out = text.replace(/\{(store|customer):([^}:]+)(?::(\d+))?\}/g, (_, kind: string, arg: string, n?: string) => {
      const value = kind === "store" ? stores[arg]?.[Number(n ?? 1) - 1] : byEmail.get(arg) && store(byEmail.get(arg)!);
      if (!value) missing = true;
      return value ?? "";
    });
    return missing ? null : out;
  };
}

const kstDay = (t: number) => Math.floor((t + KST) / DAY);

/** `hour` o'clock in Seoul on the day of `t`. */
function atHour(t: number, hour: number): number {
  return kstDay(t) * DAY - KST + Math.round(hour * 60) * MIN;
}
