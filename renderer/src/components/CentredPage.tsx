import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens shown before the caseload opens: setup, unlock, recovery. */
export function CentredPage({ title, intro, children, width = 520 }: { title: string; intro?: string; children: ReactNode; width?: number }) {
  const { t } = useI18n();
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="space-between" mb="xl">
        <Text fw={700} c="teal.9" size="lg">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center>
        <Paper component="main" shadow="sm" radius="md" p="xl" w={width} maw="100%" withBorder>
          <Stack gap="md">
            <Title order={1} size="h2">
              {title}
            </Title>
            {intro && <Text c="dimmed">{intro}</Text>}
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
