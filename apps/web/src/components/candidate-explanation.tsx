import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchCandidate, ParameterVerdict } from '../api/types';
import { useFormatters } from '../format/use-formatters';
import { useMatchReason } from '../format/use-match-reason';
import { ScoreBar, useCountryName, useUnitName } from './labels';

function VerdictTag({ isMet }: { isMet: boolean | null }) {
  const { t } = useTranslation();
  if (isMet === true) {
    return (
      <Tag color="success" icon={<CheckCircleFilled />}>
        {t('explain.met')}
      </Tag>
    );
  }
  if (isMet === false) {
    return (
      <Tag color="error" icon={<CloseCircleFilled />}>
        {t('explain.notMet')}
      </Tag>
    );
  }
  return <Tag icon={<QuestionCircleFilled />}>{t('explain.notStated')}</Tag>;
}

/** Requirements the supplier's data does not state: neither met nor failed, so they never count as "all met". */
function unstatedCount(candidate: MatchCandidate): number {
  return candidate.explanation.parameters?.verdicts.filter((verdict) => verdict.isMet === null).length ?? 0;
}

/** A candidate's requirements in one tag: failed ones first, then those left to ask the supplier about. */
export function RequirementsTag({ candidate }: { candidate: MatchCandidate }) {
  const { t } = useTranslation();
  if (candidate.failed.length > 0) {
    return <Tag color="error">{t('line.failedCount', { count: candidate.failed.length })}</Tag>;
  }
  const unstated = unstatedCount(candidate);
  if (unstated > 0) {
    return (
      <Tag color="warning" icon={<QuestionCircleFilled />}>
        {t('line.unstatedCount', { count: unstated })}
      </Tag>
    );
  }
  return <Tag color="success">{t('line.meetsAll')}</Tag>;
}

function CriterionLabel({ name, score }: { name: string; score: number }) {
  return (
    <span className="criterion-label">
      <span>{name}</span>
      <ScoreBar score={score} label={name} />
    </span>
  );
}

/**
 * Why a product was proposed, criterion by criterion, with the values compared; the requirements it fails come
 * first and in red, because those are what a buyer must resolve with the supplier.
 */
export function CandidateExplanation({ candidate }: { candidate: MatchCandidate }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const countryName = useCountryName();
  const unitName = useUnitName();
  const matchReason = useMatchReason();
  const { explanation } = candidate;
  const items: Array<{ key: string; label: ReactNode; children: ReactNode }> = [];

  if (explanation.partNumber) {
    const criterion = explanation.partNumber;
    items.push({
      key: 'partNumber',
      label: <CriterionLabel name={t('explain.partNumber')} score={criterion.score} />,
      children: t('explain.partNumberText', {
        agreement: t(`explain.agreement.${criterion.agreement}`),
        requested: criterion.requested,
        offered: criterion.offered,
      }),
    });
  }
  if (explanation.analogue) {
    const criterion = explanation.analogue;
    items.push({
      key: 'analogue',
      label: <CriterionLabel name={t('explain.analogue')} score={criterion.score} />,
      children: t('explain.analogueText', {
        requested: criterion.requested,
        analogue: criterion.analogue,
        offered: criterion.offered,
        grade: t(`analogueGrade.${criterion.grade}`),
        source: criterion.source ?? t('explain.unknownSource'),
      }),
    });
  }
  if (explanation.classification) {
    const criterion = explanation.classification;
    const okpd2Depth = /^(\d+) of (\d+) levels$/.exec(criterion.level);
    const level = okpd2Depth
      ? t('explain.okpd2Level', { depth: okpd2Depth[1], of: okpd2Depth[2] })
      : t(`explain.tnvedLevel.${criterion.level}`, { defaultValue: criterion.level });
    items.push({
      key: 'classification',
      label: <CriterionLabel name={t('explain.classification')} score={criterion.score} />,
      children: t('explain.classificationText', {
        system: criterion.system === 'tnved' ? t('common.tnved') : t('common.okpd2'),
        level,
        requested: criterion.requested,
        offered: criterion.offered,
      }),
    });
  }
  if (explanation.text) {
    const criterion = explanation.text;
    items.push({
      key: 'text',
      label: <CriterionLabel name={t('explain.text')} score={criterion.score} />,
      children: t('explain.textText', {
        coverage: formatters.percent(criterion.coverage),
        terms: criterion.matchedTerms.join(', ') || '—',
      }),
    });
  }
  if (explanation.parameters) {
    const criterion = explanation.parameters;
    const met = criterion.verdicts.filter((verdict) => verdict.isMet === true).length;
    items.push({
      key: 'parameters',
      label: <CriterionLabel name={t('explain.parameters')} score={criterion.score} />,
      children: t('explain.parametersText', { met, count: criterion.verdicts.length }),
    });
  }
  if (explanation.capacity) {
    const criterion = explanation.capacity;
    items.push({
      key: 'capacity',
      label: <CriterionLabel name={t('explain.capacity')} score={criterion.score} />,
      children: t('explain.capacityText', {
        offered: formatters.number(criterion.offeredPerYear, 0),
        requested: formatters.number(criterion.requestedPerYear, 0),
        unit: unitName(criterion.unit),
        share: formatters.percent(criterion.share),
      }),
    });
  }
  if (explanation.leadTime) {
    const criterion = explanation.leadTime;
    items.push({
      key: 'leadTime',
      label: <CriterionLabel name={t('explain.leadTime')} score={criterion.score} />,
      children: t('explain.leadTimeText', {
        days: criterion.leadTimeDays,
        readyBy: formatters.date(criterion.readyBy),
        neededBy: formatters.date(criterion.neededBy),
      }),
    });
  }
  items.push({
    key: 'country',
    label: <CriterionLabel name={t('explain.country')} score={explanation.country.score} />,
    children: explanation.country.isCounterpart
      ? t('explain.countryCounterpart', { country: countryName(explanation.country.country) })
      : t('explain.countryOther', { country: countryName(explanation.country.country) }),
  });

  return (
    <div className="candidate-explanation">
      {candidate.failed.length > 0 ? (
        <Alert
          type="error"
          showIcon
          className="failed-list"
          title={t('explain.failedTitle', { count: candidate.failed.length })}
          description={
            <ul className="plain-list">
              {candidate.failed.map((reason) => (
                <li key={reason} className="failed-requirement">
                  {matchReason(reason)}
                </li>
              ))}
            </ul>
          }
        />
      ) : unstatedCount(candidate) > 0 ? (
        <Typography.Paragraph type="warning">
          <QuestionCircleFilled /> {t('explain.noFailuresButUnstated', { count: unstatedCount(candidate) })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="success">
          <CheckCircleFilled /> {t('explain.noFailures')}
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={items}
        title={t('explain.criteriaTitle')}
        styles={{ label: { width: 220 } }}
      />
      {explanation.parameters ? (
        <Table<ParameterVerdict>
          size="small"
          pagination={false}
          rowKey="requirement"
          className="verdict-table"
          title={() => <Typography.Text strong>{t('explain.parametersTitle')}</Typography.Text>}
          dataSource={explanation.parameters.verdicts}
          rowClassName={(verdict) => (verdict.isMet === false ? 'candidate-failed' : '')}
          columns={[
            { title: t('explain.requirement'), dataIndex: 'requirement', key: 'requirement' },
            {
              title: t('explain.offeredAs'),
              dataIndex: 'offeredAs',
              key: 'offeredAs',
              render: (value: string | null) => value ?? '—',
            },
            {
              title: t('explain.verdict'),
              key: 'verdict',
              render: (_, verdict) => <VerdictTag isMet={verdict.isMet} />,
            },
            {
              title: t('explain.details'),
              dataIndex: 'reason',
              key: 'reason',
              render: (reason: string, verdict) => (
                <span className={verdict.isMet === false ? 'failed-requirement' : undefined}>
                  {matchReason(reason)}
                </span>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
