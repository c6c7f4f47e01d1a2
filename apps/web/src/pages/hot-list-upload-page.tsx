import { CheckCircleOutlined, InboxOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Progress,
  Result,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UploadProgress } from '../api/api-client';
import { hotListsApi } from '../api/coopex-api';
import type { ImportReport, RowProblem } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { LinkButton } from '../components/link-button';
import { PageHeader } from '../components/page-header';
import { useFormatters } from '../format/use-formatters';
import { useProblemReason } from '../format/use-problem-reason';
import { useSession } from '../session/session-context';

type Phase = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

const acceptedTypes = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function UploadProgressBar({ progress }: { progress: UploadProgress | null }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="upload-progress" aria-live="polite">
      <Progress
        percent={progress.isSent ? 100 : percent}
        status={progress.isSent ? 'active' : 'normal'}
        aria-label={t('upload.progressLabel')}
      />
      <Typography.Text type="secondary">
        {progress.isSent
          ? t('upload.checkingRows')
          : t('upload.sending', {
              loaded: formatters.fileSize(progress.loaded),
              total: formatters.fileSize(progress.total),
            })}
      </Typography.Text>
    </div>
  );
}

function ProblemTable({ problems, caption }: { problems: RowProblem[]; caption: string }) {
  const { t } = useTranslation();
  const problemReason = useProblemReason();
  return (
    <Table<RowProblem>
      className="problem-table"
      size="small"
      rowKey={(problem) => `${problem.row}:${problem.column}:${problem.reason}`}
      dataSource={problems}
      pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      columns={[
        { title: t('upload.row'), dataIndex: 'row', key: 'row', width: 80 },
        { title: t('upload.column'), dataIndex: 'column', key: 'column' },
        {
          title: t('upload.value'),
          dataIndex: 'value',
          key: 'value',
          render: (value: string | null) =>
            value === null ? <span className="muted">{t('upload.empty')}</span> : <code>{value}</code>,
        },
        {
          title: t('upload.reason'),
          dataIndex: 'reason',
          key: 'reason',
          render: (reason: string) => <span className="failed-requirement">{problemReason(reason)}</span>,
        },
      ]}
    />
  );
}

/** How each header of the file was understood: the field it fills, or that it is left out. */
function ColumnMapping({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string) =>
    field.startsWith('param:')
      ? t('upload.parameterField', { name: field.slice('param:'.length) })
      : t(`importFields.${field}`, { defaultValue: field });
  const rows = [
    ...report.columns.map((column) => ({ header: column.header, field: column.field })),
    ...report.ignoredHeaders
      .filter((header) => !report.columns.some((column) => column.header === header))
      .map((header) => ({ header, field: null })),
  ];
  return (
    <Table
      size="small"
      rowKey="header"
      pagination={false}
      dataSource={rows}
      title={() => <Typography.Text strong>{t('upload.columnsTitle')}</Typography.Text>}
      columns={[
        { title: t('upload.header'), dataIndex: 'header', key: 'header' },
        {
          title: t('upload.recognisedAs'),
          dataIndex: 'field',
          key: 'field',
          render: (field: string | null) =>
            field ? (
              <Tag color="blue" icon={<CheckCircleOutlined />}>
                {fieldLabel(field)}
              </Tag>
            ) : (
              <Tag icon={<WarningOutlined />}>{t('upload.ignored')}</Tag>
            ),
        },
      ]}
    />
  );
}

export default function HotListUploadPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const queryClient = useQueryClient();
  const [searchParameters] = useSearchParams();
  const targetListId = searchParameters.get('listId') ?? undefined;
  const { activeMembership } = useSession();
  const organisationId = activeMembership?.organisationId;
  const targetList = useQuery({
    queryKey: ['demand-list', targetListId],
    queryFn: () => hotListsApi.getList(targetListId as string),
    enabled: Boolean(targetListId),
  });

  const [phase, setPhase] = useState<Phase>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [isSkippingInvalid, setIsSkippingInvalid] = useState(false);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const listTitle = (candidate: File) => title.trim() || candidate.name.replace(/\.[^.]+$/, '');

  const send = async (candidate: File, isDryRun: boolean) => {
    if (!organisationId) return;
    abort.current = new AbortController();
    setError(null);
    setProgress({ loaded: 0, total: candidate.size, isSent: false });
    try {
      const report = await hotListsApi.importFile({
        organisationId,
        file: candidate,
        title: targetListId ? undefined : listTitle(candidate),
        listId: targetListId,
        isDryRun,
        skipInvalid: !isDryRun && isSkippingInvalid,
        onProgress: setProgress,
        signal: abort.current.signal,
      });
      if (isDryRun) {
        setPreview(report);
        setPhase('preview');
      } else {
        setResult(report);
        setPhase('done');
        await queryClient.invalidateQueries({ queryKey: ['demand-lists'] });
        await queryClient.invalidateQueries({ queryKey: ['demand-list'] });
      }
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') {
        setPhase(isDryRun ? 'choose' : 'preview');
      } else {
        setError(caught);
        setPhase(isDryRun ? 'choose' : 'preview');
      }
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const choose = (candidate: File) => {
    setFile(candidate);
    setPreview(null);
    setResult(null);
    setPhase('checking');
    void send(candidate, true);
  };

  const stepIndex = { choose: 0, checking: 1, preview: 1, importing: 2, done: 2 }[phase];
  const hasProblems = Boolean(preview && preview.problemCount > 0);
  const validRows = preview ? preview.rowsRead - preview.rowsRejected : 0;
  const crumbs = [{ label: t('nav.hotLists'), to: '/hot-lists' }];

  if (!activeMembership?.canBuy) {
    return (
      <>
        <PageHeader title={t('upload.title')} crumbs={crumbs} />
        <Alert type="info" showIcon title={t('upload.buyersOnly')} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('upload.title')} crumbs={crumbs} subtitle={t('upload.subtitle')} />
      <Card>
        <Steps
          className="upload-steps"
          current={stepIndex}
          status={error ? 'error' : phase === 'done' ? 'finish' : 'process'}
          items={[
            { title: t('upload.stepChoose') },
            { title: t('upload.stepCheck') },
            { title: t('upload.stepImport') },
          ]}
        />

        {phase === 'done' && result ? (
          <Result
            status={result.status === 'partial' ? 'warning' : 'success'}
            title={t('upload.doneTitle', {
              count: result.rowsImported,
              formatted: formatters.number(result.rowsImported, 0),
            })}
            subTitle={
              result.status === 'partial'
                ? t('upload.donePartial', { count: result.rowsRejected })
                : t('upload.doneText', { inserted: result.inserted, updated: result.updated })
            }
            extra={
              <Space wrap>
                {result.listId ? (
                  <LinkButton to={`/hot-lists/${result.listId}`} type="primary">
                    {t('upload.openList')}
                  </LinkButton>
                ) : null}
                <Button
                  onClick={() => {
                    setPhase('choose');
                    setFile(null);
                    setPreview(null);
                    setResult(null);
                  }}
                >
                  {t('upload.another')}
                </Button>
              </Space>
            }
          />
        ) : (
          <Flex vertical gap={16}>
            {targetListId ? (
              <Alert
                type="info"
                showIcon
                title={t('upload.intoList', { title: targetList.data?.title ?? '…' })}
              />
            ) : (
              <Form layout="vertical">
                <Form.Item
                  label={t('upload.listTitle')}
                  htmlFor="upload-title"
                  extra={t('upload.listTitleHint')}
                >
                  <Input
                    id="upload-title"
                    value={title}
                    onChange={(event) => setTitle(event.target.value)}
                    placeholder={file ? listTitle(file) : t('upload.listTitlePlaceholder')}
                    maxLength={500}
                  />
                </Form.Item>
              </Form>
            )}
            <Upload.Dragger
              accept={acceptedTypes}
              multiple={false}
              showUploadList={false}
              disabled={phase === 'checking' || phase === 'importing'}
              beforeUpload={(candidate) => {
                choose(candidate);
                // The file is sent by this page (with the dry run first), not by the Upload component.
                return false;
              }}
              aria-label={t('upload.chooseFile')}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{file ? t('upload.chooseAnother') : t('upload.chooseFile')}</p>
              <p className="ant-upload-hint">{t('upload.formats')}</p>
            </Upload.Dragger>
            {file ? (
              <Typography.Text>
                {t('upload.selected', { name: file.name, size: formatters.fileSize(file.size) })}
              </Typography.Text>
            ) : null}
            {phase === 'checking' || phase === 'importing' ? (
              <Flex vertical gap={8}>
                <UploadProgressBar progress={progress} />
                <Button onClick={() => abort.current?.abort()}>{t('common.cancel')}</Button>
              </Flex>
            ) : null}
            {error ? <ErrorAlert error={error} /> : null}

            {preview && phase !== 'checking' ? (
              <Flex vertical gap={16} className="upload-preview">
                <Descriptions
                  size="small"
                  bordered
                  column={{ xs: 1, md: 3 }}
                  items={[
                    { key: 'format', label: t('upload.format'), children: preview.format.toUpperCase() },
                    { key: 'encoding', label: t('upload.encoding'), children: preview.encoding ?? '—' },
                    {
                      key: 'delimiter',
                      label: t('upload.delimiter'),
                      children: preview.delimiter ? (
                        <code>{preview.delimiter === '\t' ? 'TAB' : preview.delimiter}</code>
                      ) : (
                        '—'
                      ),
                    },
                    {
                      key: 'rows',
                      label: t('upload.rowsRead'),
                      children: formatters.number(preview.rowsRead, 0),
                    },
                    { key: 'valid', label: t('upload.rowsValid'), children: formatters.number(validRows, 0) },
                    {
                      key: 'rejected',
                      label: t('upload.rowsWithProblems'),
                      children: formatters.number(preview.rowsRejected, 0),
                    },
                  ]}
                />
                {hasProblems ? (
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    title={t('upload.problemsTitle', { count: preview.problemCount })}
                    description={t('upload.problemsText')}
                  />
                ) : (
                  <Alert
                    type="success"
                    showIcon
                    title={t('upload.readyTitle', { count: preview.rowsRead })}
                    description={t('upload.readyText')}
                  />
                )}
                {hasProblems ? (
                  <ProblemTable
                    problems={preview.problems}
                    caption={
                      preview.problemCount > preview.problems.length
                        ? t('upload.problemsShown', {
                            shown: preview.problems.length,
                            total: preview.problemCount,
                          })
                        : t('upload.problemsCaption')
                    }
                  />
                ) : null}
                <ColumnMapping report={preview} />
                {preview.warningCount > 0 ? (
                  <ProblemTable problems={preview.warnings} caption={t('upload.warningsCaption')} />
                ) : null}
                <Flex gap={12} align="center" wrap>
                  {hasProblems && validRows > 0 ? (
                    <Checkbox
                      checked={isSkippingInvalid}
                      onChange={(event) => setIsSkippingInvalid(event.target.checked)}
                    >
                      {t('upload.skipInvalid', { count: validRows })}
                    </Checkbox>
                  ) : null}
                  <Button
                    type="primary"
                    disabled={!file || (hasProblems && !isSkippingInvalid) || validRows === 0}
                    loading={phase === 'importing'}
                    onClick={() => {
                      if (!file) return;
                      setPhase('importing');
                      void send(file, false);
                    }}
                  >
                    {t('upload.import', { count: hasProblems ? validRows : preview.rowsRead })}
                  </Button>
                </Flex>
              </Flex>
            ) : null}
            {!preview && !file && phase === 'choose' ? (
              <EmptyState title={t('upload.nothingYet')} hint={t('upload.nothingYetHint')} />
            ) : null}
          </Flex>
        )}
      </Card>
    </>
  );
}
