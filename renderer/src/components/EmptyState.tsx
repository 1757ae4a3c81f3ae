import { Paper, Stack, Text, Title } from '@mantine/core';

export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <Paper withBorder radius="md" p="xl" bg="gray.0">
      <Stack gap="xs" align="center" ta="center">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text c="dimmed" maw={520}>
          {body}
        </Text>
      </Stack>
    </Paper>
  );
}
