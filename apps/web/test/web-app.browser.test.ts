import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFormatters } from '../src/format/use-formatters';
import { isChromiumAvailable, startCoopexUnderTest, type CoopexUnderTest } from './support/coopex-under-test';

const demoPassword = 'coopex-demo';
const buyerEmail = 'buyer@gomel-tractor.example';
const coordinatorEmail = 'coordinator@minprom.example';
const supplierEmail = 'supplier@novgorod-ic.example';
const gomelElectronicsList = 'электронная компонентная база';

const header =
  'external_id,Наименование,Артикул,Производитель,Код ТН ВЭД,Кол-во в год,Ед. изм.,needed_by,criticality,param:Диапазон рабочих температур[°C],Примечание склада';
const opAmpRow =
  'WEB-1,Операционный усилитель сдвоенный для блока управления,LM358DR,Texas Instruments,8542339000,12000,шт,01.03.2027,production_stop,-60..125,полка 4';
const timerRow = (quantity: string) =>
  `WEB-2,Таймер интегральный,NE555P,Texas Instruments,8542399010,${quantity},шт,01.03.2027,high,,`;
const listTitle = 'Горячий список: проверка загрузки';

function csvFile(name: string, rows: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n'), 'utf8') };
}

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(demoPassword);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('heading', { level: 1, name: 'Обзор' }).waitFor();
}

/** A line of the Gomel buyer's electronics hot list where one of the signed-in supplier's products is a candidate. */
interface OfferableLine {
  listId: string;
  lineId: string;
  productId: string;
  productName: string;
  price: number;
  currency: string;
}

async function findOfferableLine(page: Page, url: string): Promise<OfferableLine> {
  const get = async <Body>(path: string): Promise<Body> => {
    const response = await page.request.get(`${url}/api/v1${path}`);
    expect(response.ok(), path).toBe(true);
    return (await response.json()) as Body;
  };
  const session = await get<{ activeOrganisationId: string }>('/auth/session');
  const lists = await get<{ items: Array<{ id: string; title: string }> }>('/demand-lists?limit=100');
  const list = lists.items.find((candidate) => candidate.title.includes(gomelElectronicsList));
  expect(list, 'the Gomel electronics hot list').toBeDefined();
  const lines = await get<{ items: Array<{ id: string }> }>(`/demand-lists/${list!.id}/lines?limit=100`);
  for (const line of lines.items) {
    const matches = await get<{
      candidates: Array<{ productId: string; name: string; supplier: { id: string } }>;
    }>(`/demand-lines/${line.id}/matches?limit=10`);
    const own = matches.candidates.find(
      (candidate) => candidate.supplier.id === session.activeOrganisationId,
    );
    if (!own) continue;
    const product = await get<{ price: number; currency: string }>(`/products/${own.productId}`);
    return {
      listId: list!.id,
      lineId: line.id,
      productId: own.productId,
      productName: own.name,
      price: product.price,
      currency: product.currency,
    };
  }
  throw new Error('No line of the Gomel electronics hot list has a candidate of the supplier');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Меню пользователя' }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('heading', { name: 'Вход в Coopex' }).waitFor();
}

describe.skipIf(!isChromiumAvailable())('the web app in Chromium', () => {
  let app: CoopexUnderTest;
  let page: Page;

  beforeAll(async () => {
    app = await startCoopexUnderTest();
    page = app.page;
    page.setDefaultTimeout(15_000);
  });

  afterEach(async (context) => {
    // A failed step leaves a picture of what the browser showed, next to the other screenshots.
    if (context.task.result?.state === 'fail' && app) {
      await app.screenshot(`failed-${context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('sends a visitor to the sign-in page and explains a wrong password in Russian', async () => {
    await page.goto(`${app.url}/hot-lists`);
    await page.waitForURL(/\/sign-in\?next=%2Fhot-lists$/);
    // The app checks the address itself, in the interface language, instead of the browser's own bubble.
    await page.getByLabel('Электронная почта').fill('buyer@');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Адрес указан неверно').waitFor();
    await page.getByLabel('Электронная почта').fill(buyerEmail);
    await page.getByLabel('Пароль').fill('not the password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Неверный адрес электронной почты или пароль');
    await app.screenshot('01-sign-in-error');
  });

  it('signs in as a buyer and shows the dashboard with coverage charts', async () => {
    await signIn(page, app.url, buyerEmail);
    await page.getByText('Открытые позиции по стране покупателя').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(2);
    await page.getByText('Последние подборы').waitFor();
    await app.screenshot('02-dashboard');
  });

  it('switches the organisation a user in several acts for, and back', async () => {
    const switcher = page.getByRole('combobox', { name: 'Организация, от имени которой вы работаете' });
    await switcher.click();
    await page.getByRole('option', { name: /Лидский/ }).click();
    const switched = page.getByText('Организация переключена');
    await switched.waitFor();
    await expect.poll(() => page.locator('.organisation-switch').textContent()).toMatch(/Лидский/);
    // The confirmation floats over the header for a moment.
    await switched.waitFor({ state: 'hidden' });
    await switcher.click();
    await page.getByRole('option', { name: /Гомельский/ }).click();
    await expect.poll(() => page.locator('.organisation-switch').textContent()).toMatch(/Гомельский/);
  });

  it('previews a hot list with a bad row, shows the error, and imports the corrected file', async () => {
    await page.goto(`${app.url}/hot-lists/upload`);
    await page.getByLabel('Название списка').fill(listTitle);
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles(csvFile('hot-list.csv', [opAmpRow, timerRow('много')]));

    const problems = page.locator('.problem-table');
    await problems.getByText('это не число').waitFor();
    const errorRow = problems.locator('tbody tr').filter({ hasText: 'много' });
    expect(await errorRow.textContent()).toContain('Кол-во в год');
    expect(await errorRow.locator('td').first().textContent()).toBe('3');
    await page.getByText('Найдена 1 ошибка — ничего не сохранено').waitFor();
    // How the headers were understood, before anything is saved.
    await page.getByRole('cell', { name: 'Артикул', exact: true }).waitFor();
    await page.getByText('параметр «Диапазон рабочих температур»').waitFor();
    await page.getByText('не используется').waitFor();
    expect(await page.getByRole('button', { name: /^Загрузить/ }).isDisabled()).toBe(true);
    await app.screenshot('03-upload-row-error');

    await fileInput.setInputFiles(csvFile('hot-list-fixed.csv', [opAmpRow, timerRow('5000')]));
    await page.getByText('Ошибок нет: 2 строки готовы к загрузке').waitFor();
    await page.getByRole('button', { name: 'Загрузить 2 строки' }).click();
    await page.getByText('Загружено 2 позиции').waitFor();
    await app.screenshot('04-upload-done');
    await page.getByRole('link', { name: 'Открыть список' }).click();
    await page.getByRole('heading', { level: 1, name: listTitle }).waitFor();
    await page.getByRole('link', { name: 'Таймер интегральный' }).waitFor();
  });

  it('shows ranked candidates with per-criterion explanations and highlights failed requirements', async () => {
    await page.getByRole('link', { name: 'Операционный усилитель сдвоенный для блока управления' }).click();
    await page.getByText('Кандидаты на замену').waitFor();
    const candidates = page.locator('.candidate-table tbody tr.ant-table-row');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBeGreaterThan(1);
    // The best candidate's explanation is open: criteria with scores, and the temperature requirement judged.
    const explanation = page.locator('.candidate-explanation').first();
    await explanation.getByText('Почему предложен этот товар').waitFor();
    await explanation.getByText('Код классификатора').waitFor();
    await explanation.getByText('Мощность', { exact: true }).waitFor();
    await explanation.getByRole('cell', { name: 'Диапазон рабочих температур' }).first().waitFor();
    // A candidate that cannot work from −60 °C is kept but marked: its failed requirement is listed in red.
    const failing = page.locator('.candidate-table tr.candidate-failed').first();
    await failing.waitFor();
    expect(await failing.textContent()).toMatch(/нарушено \d/);
    await failing.getByRole('button', { name: /развернуть|expand/i }).click();
    await page.locator('.failed-list .failed-requirement').first().waitFor();
    expect(await page.locator('.failed-list .failed-requirement').first().textContent()).toMatch(/-60/);
    await app.screenshot('05-candidates');
  });

  it('says while stored candidates are being refreshed, and shows the new ones once the server has caught up', async () => {
    // The server refreshes in the background after a catalog import; here its status is held at "running".
    let isRefreshing = true;
    await page.route('**/api/v1/matching/status', async (route) => {
      if (!isRefreshing) return route.continue();
      await route.fulfill({
        json: {
          isUpToDate: false,
          running: {
            kind: 'catalog-changes',
            startedAt: new Date().toISOString(),
            linesDone: 1200,
            linesTotal: 40000,
          },
          waiting: [],
          lastFinished: null,
        },
      });
    });
    await page.reload();
    const notice = page.locator('.match-refresh-notice');
    await notice.getByText('Кандидаты обновляются').waitFor();
    expect(await notice.textContent()).toContain(
      `${createFormatters('ru').number(1200)} из ${createFormatters('ru').number(40000)}`,
    );
    const reloadedMatches = page.waitForRequest((request) => request.url().includes('/matches'));
    isRefreshing = false;
    await reloadedMatches;
    await notice.waitFor({ state: 'detached' });
    await page.unroute('**/api/v1/matching/status');
    await page.locator('.candidate-table tbody tr.ant-table-row').first().waitFor();
  });

  it("moves the line along its lifecycle to 'contacted'", async () => {
    await page.getByRole('button', { name: 'Перевести: Связались' }).click();
    await page.getByText('Статус изменён: Связались').waitFor();
    await expect
      .poll(() =>
        page.locator('.ant-card').filter({ hasText: 'Ход работы' }).locator('.ant-tag').first().textContent(),
      )
      .toBe('Связались');
    await page.getByRole('button', { name: 'Перевести: Образец' }).waitFor();
    await app.screenshot('06-line-contacted');
  });

  it('exports the hot list as XLSX', async () => {
    await page.getByRole('link', { name: listTitle }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Выгрузить XLSX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hot-list.xlsx');
  });

  it('switches the interface to English with dates written for it, and keeps the choice after a reload', async () => {
    await page.goto(`${app.url}/catalog`);
    await page.getByRole('heading', { level: 1, name: 'Каталог' }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.getByRole('link', { name: 'Hot lists' }).waitFor();
    await page.getByText(/records found/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await app.screenshot('07-catalog-english');
    // The organisation the user acts for is named in English too, not by the Russian name the session carries.
    await expect
      .poll(() => page.locator('.organisation-switch').textContent())
      .toMatch(/Gomel Tractor Units Plant/);
    // Dates follow the language too: "22 Nov 2026", not "22 нояб. 2026 г.".
    await page.getByRole('link', { name: 'Hot lists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hot lists' }).waitFor();
    const updated = await page.locator('.ant-table-row td').last().textContent();
    expect(updated).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await page.getByText('RU', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Горячие списки' }).waitFor();
  });

  it('opens a coordinator’s program synchronisation report with charts, gaps and overlaps', async () => {
    await signOut(page);
    await signIn(page, app.url, coordinatorEmail);
    await page.getByRole('link', { name: 'Программы' }).click();
    await page.getByRole('button', { name: 'Построить отчёт' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Синхронизация: Беларусь ↔ Россия/ })
      .waitFor({ timeout: 60_000 });
    await page.locator('.report-side').nth(1).waitFor();
    expect(await page.locator('.report-side .recharts-surface').count()).toBeGreaterThanOrEqual(4);
    await page.getByRole('tab', { name: /Пробелы/ }).click();
    await page.getByRole('tab', { name: /Пересечения/ }).click();
    await app.screenshot('08-program-report');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Выгрузить XLSX' }).click();
    expect((await download).suggestedFilename()).toBe('synchronization-report.xlsx');
  });

  let offered: OfferableLine;

  it('lets a supplier offer its product, a candidate for a Belarusian buyer’s line, with a note', async () => {
    await signOut(page);
    await signIn(page, app.url, supplierEmail);
    offered = await findOfferableLine(page, app.url);
    await page.goto(`${app.url}/hot-lists/${offered.listId}/lines/${offered.lineId}`);
    await page.getByText('Кандидаты на замену').waitFor();
    const offers = page.locator('.line-offers');
    await offers.getByText('Предложений пока нет').waitFor();
    const row = page.locator('.candidate-table tr.ant-table-row').filter({ hasText: offered.productName });
    await row.getByRole('button', { name: 'Предложить наш товар' }).click();
    const dialog = page.getByRole('dialog', { name: 'Предложить товар покупателю' });
    await dialog.getByText('увидит цену и точную мощность').waitFor();
    await dialog
      .getByLabel('Комментарий для покупателя (необязательно)')
      .fill('Образцы — за 2 недели, приёмка ОТК');
    await app.screenshot('10-offer-dialog');
    await dialog.getByRole('button', { name: 'Предложить' }).click();
    await page.getByText('Товар предложен покупателю').waitFor();
    await offers.locator('tr.ant-table-row').filter({ hasText: offered.productName }).waitFor();
    await offers.getByText('«Образцы — за 2 недели, приёмка ОТК»').waitFor();
    await row.getByText('Предложено').waitFor();
    await app.screenshot('11-offer-made');
  });

  it('shows the buyer the offer on the line with its price and exact capacity', async () => {
    await signOut(page);
    await signIn(page, app.url, buyerEmail);
    await page.goto(`${app.url}/hot-lists/${offered.listId}/lines/${offered.lineId}`);
    const offers = page.locator('.line-offers');
    await offers.getByText('открывает покупателю этой позиции его цену и точную мощность').waitFor();
    const row = offers.locator('tr.ant-table-row').filter({ hasText: offered.productName });
    await row.waitFor();
    const price = createFormatters('ru').currency(offered.price, offered.currency);
    await expect.poll(() => row.textContent()).toContain(price);
    expect(await row.textContent()).toContain('Новгородский завод интегральных микросхем');
    expect(await row.getByText('скрыто').count()).toBe(0);
    // The buyer never offers to its own line, nor withdraws a supplier's offer.
    expect(await page.getByRole('button', { name: 'Предложить наш товар' }).count()).toBe(0);
    expect(await offers.getByRole('button', { name: /Отозвать/ }).count()).toBe(0);
    await offers.scrollIntoViewIfNeeded();
    await app.screenshot('12-offers-buyer');
    await page.setViewportSize({ width: 820, height: 1180 });
    await offers.scrollIntoViewIfNeeded();
    await app.screenshot('12-offers-buyer-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets the supplier withdraw its offer after asking, and the offer leaves the line', async () => {
    await signOut(page);
    await signIn(page, app.url, supplierEmail);
    // The product page lists where the product was offered, with the list and a way to withdraw.
    await page.goto(`${app.url}/catalog/${offered.productId}`);
    const offeredTo = page.locator('.product-offers');
    await offeredTo.getByText('Предложен покупателям').waitFor();
    const offeredRow = offeredTo.locator('tr.ant-table-row').first();
    await offeredRow.waitFor();
    expect(await offeredRow.textContent()).toContain(gomelElectronicsList);
    await offeredRow.getByRole('button', { name: /^Отозвать: / }).waitFor();
    await page.goto(`${app.url}/hot-lists/${offered.listId}/lines/${offered.lineId}`);
    const offers = page.locator('.line-offers');
    const row = offers.locator('tr.ant-table-row').filter({ hasText: offered.productName });
    await row.getByRole('button', { name: `Отозвать: ${offered.productName}` }).click();
    await page.getByText('Покупатель больше не увидит через него цену').waitFor();
    await page.getByRole('button', { name: 'Отозвать', exact: true }).click();
    await page.getByText('Предложение отозвано').waitFor();
    await offers.getByText('Предложений пока нет').waitFor();
    // Offered no more: the candidate can be offered again.
    const candidate = page
      .locator('.candidate-table tr.ant-table-row')
      .filter({ hasText: offered.productName });
    await candidate.getByRole('button', { name: 'Предложить наш товар' }).waitFor();
    await page.goto(`${app.url}/catalog/${offered.productId}`);
    await page.locator('.product-offers').getByText('Пока не предложен ни одной строке').waitFor();
    await signOut(page);
    await signIn(page, app.url, buyerEmail);
  });

  it('lets the buyer make the hot list seen by invited organisations only', async () => {
    await page.goto(`${app.url}/hot-lists/${offered.listId}`);
    await page.getByText('все участники Союза').waitFor();
    await page.getByRole('button', { name: 'Кто видит список' }).click();
    const dialog = page.getByRole('dialog', { name: 'Кто видит список' });
    await dialog.getByText('Только приглашённые организации').click();
    await dialog.getByText('прежний состав Coopex не показывает').waitFor();
    await dialog.getByRole('combobox', { name: 'Приглашённые организации' }).fill('Новгородский');
    // The server's answer replaces the first options shown: pick from the list the search settled on.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.count()).toBe(1);
    await options.filter({ hasText: 'Новгородский завод интегральных микросхем' }).click();
    await dialog.locator('.ant-select-selection-item').filter({ hasText: 'Новгородский' }).waitFor();
    await app.screenshot('13-sharing-dialog');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Доступ к списку сохранён').waitFor();
    await page.getByText('только приглашённые организации').waitFor();
    await page.getByLabel('Приглашены').getByText('Новгородский завод интегральных микросхем').waitFor();
    // The editor starts from the set saved last, and says that saving replaces it.
    await page.getByRole('button', { name: 'Кто видит список' }).click();
    await dialog.getByText('Сохранение заменяет весь состав приглашённых.').waitFor();
    await dialog.locator('.ant-select-selection-item').filter({ hasText: 'Новгородский' }).waitFor();
    await page.setViewportSize({ width: 820, height: 1180 });
    await app.screenshot('13-sharing-dialog-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.screenshot('14-hot-list-invited');
  });

  it('keeps the last admin of an organisation and words the audit log', async () => {
    await page.goto(`${app.url}/organisation?tab=members`);
    await page.getByRole('button', { name: /^Изменить: Ирина/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Роль и права/ });
    await dialog.getByRole('combobox', { name: 'Роль' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'сотрудник' }).click();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('В организации должен остаться хотя бы один администратор').waitFor();
    await app.screenshot('15-members-last-admin');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('tab', { name: 'Журнал изменений' }).click();
    await page.getByRole('cell', { name: 'Изменение доступа к горячему списку' }).first().waitFor();
    await page.getByRole('cell', { name: 'Импорт горячего списка' }).first().waitFor();
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await app.screenshot('16-audit-log');
  });

  it('fits a tablet screen: navigation folds to icons and the catalog has no sideways scroll', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${app.url}/catalog`);
    await page.getByRole('heading', { level: 1, name: 'Каталог' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: 'Развернуть меню' }).isVisible()).toBe(true);
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await app.screenshot('09-catalog-tablet');
    // Both bounds of a parameter range typed one right after the other are kept, and the field keeps the focus.
    await page.getByLabel('Параметр', { exact: true }).fill('Напряжение питания');
    await page.getByLabel('Значение параметра от').fill('3');
    await page.getByLabel('Значение параметра до').fill('30');
    const range = async () => {
      const search = new URLSearchParams(String(await page.evaluate('window.location.search')));
      return [search.get('parameter'), search.get('parameterFrom'), search.get('parameterTo')];
    };
    await expect.poll(range).toEqual(['Напряжение питания', '3', '30']);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      'Значение параметра до',
    );
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
