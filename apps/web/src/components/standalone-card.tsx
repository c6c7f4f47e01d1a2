import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages shown before sign-in: a centred card with the language switch. */
export function StandaloneCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main-content" className="standalone-page">
      <Flex vertical align="center" gap={16}>
        <Flex justify="space-between" align="center" className="standalone-top">
          <span className="app-brand standalone-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>Coopex</span>
          </span>
          <LanguageSwitch />
        </Flex>
        <Card className="standalone-card">
          <Typography.Title level={1} className="standalone-title">
            {title}
          </Typography.Title>
          {children}
        </Card>
      </Flex>
    </main>
  );
}
