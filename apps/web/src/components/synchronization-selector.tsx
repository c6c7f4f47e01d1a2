import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { programsApi } from '../api/coopex-api';
import { useCountryName } from './labels';

const sideCountries = ['BY', 'RU'] as const;

/** Choose what to compare: a country's programs as a whole, or one program, on each side. */
export function SynchronizationSelector({
  initialLeft,
  initialRight,
}: {
  initialLeft?: string;
  initialRight?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countryName = useCountryName();
  const programs = useQuery({ queryKey: ['programs', 'all'], queryFn: () => programsApi.list() });
  const [left, setLeft] = useState(initialLeft ?? 'BY');
  const [right, setRight] = useState(initialRight ?? 'RU');
  const options = [
    {
      label: t('programs.wholeCountry'),
      options: sideCountries.map((code) => ({
        value: code,
        label: t('programs.allProgramsOf', { country: countryName(code) }),
      })),
    },
    {
      label: t('programs.oneProgram'),
      options: (programs.data?.items ?? []).map((program) => ({
        value: program.id,
        label: `${program.country} · ${program.title}`,
      })),
    },
  ];
  return (
    <Card size="small" title={t('programs.compareTitle')}>
      <Typography.Paragraph type="secondary">{t('programs.compareHint')}</Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={() =>
          navigate(`/programs/report?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`)
        }
      >
        <Flex gap={12} wrap align="flex-end">
          <Form.Item label={t('programs.leftSide')} htmlFor="sync-left" className="sync-side">
            <Select
              id="sync-left"
              value={left}
              onChange={setLeft}
              options={options}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item label={t('programs.rightSide')} htmlFor="sync-right" className="sync-side">
            <Select
              id="sync-right"
              value={right}
              onChange={setRight}
              options={options}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" disabled={left === right}>
              {t('programs.buildReport')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
